import { valueLabel } from "../value-labels.js";
import type { EN_USAGE, UsageKey, UsageParams } from "./en.js";

// Wrong uses of the command line, in German (same keys as en.ts).

const orGuess = (p: UsageParams, shown = p.guess) => (p.guess ? ` — meinten Sie ${shown}?` : "");

/** Warum eine Datei nicht geschrieben werden kann, nach den üblichen Fehlercodes. */
const WRITE_REASONS: Record<string, string> = {
  EACCES: "keine Berechtigung",
  EPERM: "keine Berechtigung",
  EROFS: "das Dateisystem ist schreibgeschützt",
  EISDIR: "es ist ein Ordner",
  ENOTDIR: "ein Teil des Pfads ist eine Datei",
  EEXIST: "ein Teil des Pfads ist eine Datei",
  ENOSPC: "kein Platz mehr auf dem Datenträger",
};

/** parseArgs' kinds of refusal (its `code`) in German; others say which option is wrong. */
const PARSE_ARGS: Record<string, (option: string) => string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (option) => `unbekannte Option '${option}'`,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (option) =>
    `die Option '${option}' braucht einen passenden Wert`,
};

export const DE_USAGE: Record<UsageKey, (p: UsageParams) => string> = {
  "parse-args": (p) =>
    `${PARSE_ARGS[p.code ?? ""]?.(p.option ?? "") ?? `die Argumente passen nicht zum Befehl${p.option ? ` (${p.option})` : ""}`}${orGuess(p, `--${p.guess}`)}`,
  "unexpected-argument": (p) => `unerwartetes Argument: ${p.argument}`,
  "unknown-command": (p) =>
    `unbekannter Befehl "${p.name}"${orGuess(p, `\`security-manifest ${p.guess}\``)}`,
  language: (p) => `--lang muss en oder de sein, nicht "${p.value}"`,
  today: (p) => `--today muss ein Datum wie 2026-11-26 sein, nicht "${p.value}"`,
  choice: (p) =>
    `${p.option} muss einer der Werte ${p.allowed} sein, nicht "${p.value}"${orGuess(p)}`,
  "rules-no-match": (p) => `--rules ${p.patterns} passt auf keine Datei`,
  "quiet-format": (p) => `--quiet kürzt nur das Textformat, nicht --format ${p.format}`,
  "base-unreadable": (p) => `--base ${p.file}: ${p.problem}`,
  "since-unreadable": (p) => `--since ${p.file}: ${p.problem}`,
  "explain-no-rule": () => "nennen Sie die Regel, z. B. `security-manifest explain TR-001`",
  "explain-unknown-rule": (p) => `unbekannte Regel "${p.id}"${orGuess(p)}`,
  "import-no-arguments": () => "nennen Sie FORMAT und DATEI, die übernommen werden sollen",
  "import-unknown-format": (p) => `unbekanntes Format "${p.format}"; möglich sind ${p.formats}`,
  "init-exists": (p) =>
    `${p.file} gibt es schon; mit --force wird die Datei überschrieben, oder nennen Sie eine andere`,
  "init-one-line": (p) => `--${p.name} muss eine Zeile ohne Leerzeichen am Anfang oder Ende sein`,
  "init-staff": (p) => `--staff muss eine ganze Zahl ab 1 sein, nicht "${p.value}"`,
  "init-size-contradicts-staff": (p) =>
    `--size ${p.size} widerspricht --staff ${p.staff}: nach der KMU-Definition der EU sind ${p.staff} Beschäftigte ${valueLabel("size", p.sizeForStaff ?? "", "de")}; lassen Sie --size weg oder korrigieren Sie eine der Angaben`,
  "org-merge-option": (p) => `org merge kennt kein --${p.option}`,
  "org-merge-no-files": () => "nennen Sie die Teilberichte, die zusammengeführt werden sollen",
  "org-no-owner": () => "nennen Sie einen OWNER (Organisation oder Benutzer)",
  "org-bad-owner": (p) => `"${p.owner}" ist kein GitHub-Login`,
  "org-shard": (p) => `--shard muss K/N mit 1 ≤ K ≤ N ≤ 1000 sein, nicht "${p.value}"`,
  "org-no-token": (p) =>
    `kein Token: setzen Sie ${p.variable} (oder nennen Sie mit --token-env eine andere Variable)`,
  "org-api-url": (p) => `--api-url muss eine http(s)-URL sein, nicht "${p.value}"`,
  "output-unwritable": (p) =>
    `--output ${p.file} kann nicht geschrieben werden: ${WRITE_REASONS[p.code ?? ""] ?? p.code}`,
} satisfies Record<keyof typeof EN_USAGE, (p: UsageParams) => string>;
