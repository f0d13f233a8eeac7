import { type ParseArgsConfig, parseArgs } from "node:util";
import { isLanguage, type Language } from "../i18n/language.js";
import { didYouMean } from "../manifest/did-you-mean.js";
import { isIsoDate } from "../manifest/iso-date.js";
import { usageError } from "./cli-io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs in strict mode, with its errors turned into usage errors people can read. */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  allowPositionals: number,
) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/\. To specify a positional.*$/s, "")
        : String(error);
    const code = (error as { code?: string }).code ?? "";
    const option = /'(-{1,2}[^'= ]+)/.exec(message)?.[1] ?? "";
    const guess = optionGuess(error, options);
    throw usageError("parse-args", { message, code, option, guess });
  }
  if (parsed.positionals.length > allowPositionals) {
    const extra = parsed.positionals[allowPositionals];
    throw usageError("unexpected-argument", { argument: String(extra) });
  }
  return parsed;
}

export function languageOption(
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const chosen = value ?? env.SECURITY_MANIFEST_LANG ?? "en";
  if (!isLanguage(chosen)) throw usageError("language", { value: chosen });
  return chosen;
}

export function todayOption(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!isIsoDate(value)) throw usageError("today", { value });
  return value;
}

/** "format" for a mistyped option (`--formt`), else nothing. */
function optionGuess(error: unknown, options: Options): string {
  if (
    !(error instanceof Error) ||
    (error as { code?: string }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION"
  )
    return "";
  const typed = /Unknown option '(-{1,2}[^'=]+)/.exec(error.message)?.[1];
  if (!typed) return "";
  const guess = didYouMean(typed.replace(/^-+/, ""), Object.keys(options));
  return guess ?? "";
}

/** A value from a fixed list, or a usage error naming the list and the closest value. */
export function choiceOption<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = didYouMean(value, allowed) ?? "";
  throw usageError("choice", { option, allowed: allowed.join(", "), value, guess });
}
