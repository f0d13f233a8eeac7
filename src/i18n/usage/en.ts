// Wrong uses of the command line, in English: one entry per kind, the facts as parameters (a
// missing `guess` means no did-you-mean). The German table (de.ts) has the same keys.

/** The facts of one usage error: option names, values, lists already joined. */
export type UsageParams = Readonly<Record<string, string>>;

const orGuess = (p: UsageParams, shown = p.guess) => (p.guess ? ` — did you mean ${shown}?` : "");

/** Why a file cannot be written, by the error codes people meet (others are shown as they are). */
const WRITE_REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of its path is a file",
  EEXIST: "a part of its path is a file",
  ENOSPC: "no space left on the device",
};

export const EN_USAGE = {
  /** Node's parseArgs refused the arguments; `message` is its own (English) sentence. */
  "parse-args": (p) => `${p.message}${orGuess(p, `--${p.guess}`)}`,
  "unexpected-argument": (p) => `unexpected argument: ${p.argument}`,
  "unknown-command": (p) =>
    `unknown command "${p.name}"${orGuess(p, `\`security-manifest ${p.guess}\``)}`,
  language: (p) => `--lang must be en or de, not "${p.value}"`,
  today: (p) => `--today must be a date like 2026-11-26, not "${p.value}"`,
  choice: (p) => `${p.option} must be one of ${p.allowed}, not "${p.value}"${orGuess(p)}`,
  "rules-no-match": (p) => `--rules ${p.patterns} matches no file`,
  "quiet-format": (p) => `--quiet shortens the text format only, not --format ${p.format}`,
  "base-unreadable": (p) => `--base ${p.file}: ${p.problem}`,
  "since-unreadable": (p) => `--since ${p.file}: ${p.problem}`,
  "explain-no-rule": () => "name the rule to explain, e.g. `security-manifest explain TR-001`",
  "explain-unknown-rule": (p) => `unknown rule "${p.id}"${orGuess(p)}`,
  "import-no-arguments": () => "name the FORMAT and the FILE to import",
  "import-unknown-format": (p) => `unknown format "${p.format}"; use one of ${p.formats}`,
  "init-exists": (p) =>
    `${p.file} exists already; use --force to overwrite it or name another file`,
  "init-one-line": (p) => `--${p.name} must be one line without leading or trailing spaces`,
  "init-staff": (p) => `--staff must be a whole number of at least 1, not "${p.value}"`,
  "init-size-contradicts-staff": (p) =>
    `--size ${p.size} contradicts --staff ${p.staff}: by the EU SME definition ${p.staff} staff is ${p.sizeForStaff}; leave out --size or correct one of them`,
  "org-merge-option": (p) => `org merge takes no --${p.option}`,
  "org-merge-no-files": () => "name the shard reports to merge",
  "org-no-owner": () => "name one OWNER (organisation or user)",
  "org-bad-owner": (p) => `"${p.owner}" is no GitHub login`,
  "org-shard": (p) => `--shard must be K/N with 1 ≤ K ≤ N ≤ 1000, not "${p.value}"`,
  "org-no-token": (p) => `no token: set ${p.variable} (or name another variable with --token-env)`,
  "org-api-url": (p) => `--api-url must be an http(s) URL, not "${p.value}"`,
  /** `code` is the system's error code (EACCES…). */
  "output-unwritable": (p) =>
    `cannot write --output ${p.file}: ${WRITE_REASONS[p.code ?? ""] ?? p.code}`,
} satisfies Record<string, (p: UsageParams) => string>;

export type UsageKey = keyof typeof EN_USAGE;
