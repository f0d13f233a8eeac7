import { type ParseArgsConfig, parseArgs } from "node:util";
import { isLanguage, type Language } from "../i18n/language.js";
import { isIsoDate } from "../manifest/iso-date.js";
import { UsageError } from "./cli-io.js";

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
    throw new UsageError(
      error instanceof Error
        ? error.message.replace(/\. To specify a positional.*$/s, "")
        : String(error),
    );
  }
  if (parsed.positionals.length > allowPositionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[allowPositionals]}`);
  }
  return parsed;
}

export function languageOption(
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const chosen = value ?? env.SECURITY_MANIFEST_LANG ?? "en";
  if (!isLanguage(chosen)) throw new UsageError(`--lang must be en or de, not "${chosen}"`);
  return chosen;
}

export function todayOption(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!isIsoDate(value))
    throw new UsageError(`--today must be a date like 2026-11-26, not "${value}"`);
  return value;
}
