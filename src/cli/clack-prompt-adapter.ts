import type { Readable, Writable } from "node:stream";
import { type Answer, CANCELLED, type PromptAdapter } from "./prompt-adapter.js";

/**
 * The guided `init` on a terminal, with @clack/prompts: small, maintained, and it restores the
 * terminal and reports Ctrl-C and Escape as a cancel, which we turn into CANCELLED. Loaded only
 * when `init` asks questions, so `check` starts as fast as before.
 */
export async function clackPromptAdapter(options: {
  yes: string;
  no: string;
  input?: Readable;
  output?: Writable;
}): Promise<PromptAdapter> {
  const clack = await import("@clack/prompts");
  const streams = { input: options.input, output: options.output };
  const answer = <T>(value: unknown): Answer<T> =>
    clack.isCancel(value) ? CANCELLED : (value as T);
  return {
    intro: (title) => clack.intro(title, streams),
    text: async (q) =>
      answer<string>(
        // An empty answer is the default, whatever clack returns for it.
        (await clack.text({
          ...streams,
          message: q.message,
          placeholder: q.defaultValue,
          defaultValue: q.defaultValue,
          // Enter on an empty field takes the default, so the default is what gets checked.
          validate: (value) => q.validate(value ? value : q.defaultValue),
        })) || q.defaultValue,
      ),
    select: async (q) =>
      answer(
        await clack.select({
          ...streams,
          message: q.message,
          // Mapped, not passed through: clack's option type is conditional on the value type.
          options: q.options.map((o) => ({
            value: o.value as string,
            label: o.label,
            hint: o.hint,
          })),
          initialValue: q.initialValue as string,
        }),
      ) as never,
    multiselect: async (q) =>
      answer(
        await clack.multiselect({
          ...streams,
          message: q.message,
          options: q.options.map((o) => ({
            value: o.value as string,
            label: o.label,
            hint: o.hint,
          })),
          initialValues: q.initialValues as string[],
          required: false,
        }),
      ) as never,
    confirm: async (q) =>
      answer<boolean>(
        await clack.confirm({
          ...streams,
          message: q.message,
          initialValue: q.initialValue,
          active: options.yes,
          inactive: options.no,
        }),
      ),
    cancel: (message) => clack.cancel(message, streams),
    outro: (message) => clack.outro(message, streams),
  };
}
