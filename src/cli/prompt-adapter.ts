/**
 * The four kinds of question the guided `init` asks, behind an interface: on a terminal they are
 * @clack/prompts (clack-prompt-adapter.ts), in tests a script of answers. A question answers
 * CANCELLED when the person pressed Ctrl-C or Escape.
 */
export const CANCELLED: unique symbol = Symbol("cancelled");
export type Answer<T> = T | typeof CANCELLED;

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Shown beside the choice, e.g. "default". */
  hint?: string;
}

export interface PromptAdapter {
  intro(title: string): void;
  text(question: {
    message: string;
    /** Answer when the person just presses Enter; shown as the placeholder. */
    defaultValue: string;
    /** A message when the answer is not acceptable, else undefined. */
    validate: (value: string) => string | undefined;
  }): Promise<Answer<string>>;
  select<T extends string>(question: {
    message: string;
    options: Choice<T>[];
    initialValue: T;
  }): Promise<Answer<T>>;
  multiselect<T extends string>(question: {
    message: string;
    options: Choice<T>[];
    initialValues: T[];
  }): Promise<Answer<T[]>>;
  confirm(question: { message: string; initialValue: boolean }): Promise<Answer<boolean>>;
  /** Said when the person cancelled: nothing was written. */
  cancel(message: string): void;
  outro(message: string): void;
}
