/** Reports and rule texts exist in English and German; everything user-facing goes through here. */
export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Localized = Record<Language, string>;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Replaces `{name}` placeholders with values. Plain text substitution only: templates from rule
 * packs are data, never evaluated. Unknown placeholders stay visible so a pack author notices.
 */
export function fill(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([a-z_][a-z0-9_]*)\}/gi, (whole, name: string) =>
    Object.hasOwn(values, name) && values[name] !== undefined ? String(values[name]) : whole,
  );
}

export function localize(
  text: Localized,
  language: Language,
  values: Readonly<Record<string, unknown>> = {},
): string {
  return fill(text[language], values);
}
