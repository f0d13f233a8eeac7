import type { Language } from "../i18n/language.js";
import type { Report } from "../report/report.js";
import type { RenderContext, Renderer } from "./renderer.js";

/**
 * One output format as the CLI and the Action offer it. The renderer itself loads only when a run
 * asks for it: a check printing text never loads the Markdown or SARIF code (cold start).
 */
export interface OutputFormat {
  name: string;
  /** One line for `--help`, in both languages. */
  description: Record<Language, string>;
  /** File extension of the output, without the dot. */
  extension: string;
  /** The Action output that carries the path of the file the Action writes in this format. */
  actionOutput?: string;
  load(): Promise<Renderer>;
}

/** Every output format, once: `--format`, its help and errors, and the Action's files come from here. */
export const OUTPUT_FORMATS = [
  {
    name: "text",
    description: {
      en: "the gap list for a terminal, most severe first",
      de: "die Liste der offenen Punkte fürs Terminal, die schwersten zuerst",
    },
    extension: "txt",
    load: async () => (await import("./text.js")).renderer,
  },
  {
    name: "json",
    description: {
      en: "the full report for scripts (schema/report.schema.json)",
      de: "der vollständige Bericht für Skripte (schema/report.schema.json)",
    },
    extension: "json",
    actionOutput: "report",
    load: async () => (await import("./json.js")).renderer,
  },
  {
    name: "markdown",
    description: {
      en: "the pull-request comment and job summary (GitHub Flavored Markdown)",
      de: "der Kommentar im Pull-Request und die Job-Zusammenfassung (GitHub Flavored Markdown)",
    },
    extension: "md",
    load: async () => (await import("./markdown/markdown.js")).renderer,
  },
  {
    name: "sarif",
    description: {
      en: "SARIF 2.1.0 for GitHub code scanning",
      de: "SARIF 2.1.0 für GitHub Code Scanning",
    },
    extension: "sarif",
    actionOutput: "sarif",
    load: async () => (await import("./sarif.js")).renderer,
  },
  {
    name: "html",
    description: {
      en: "management report: one printable page (verdict, DIN SPEC 27076, risks, decisions)",
      de: "Bericht für die Geschäftsleitung: eine druckbare Seite (Urteil, DIN SPEC 27076, Risiken, Entscheidungen)",
    },
    extension: "html",
    load: async () => (await import("./html-report.js")).renderer,
  },
] as const satisfies readonly OutputFormat[];

export type FormatName = (typeof OUTPUT_FORMATS)[number]["name"];
export const FORMAT_NAMES: readonly FormatName[] = OUTPUT_FORMATS.map((format) => format.name);

export function outputFormat(name: FormatName): OutputFormat {
  return OUTPUT_FORMATS.find((format) => format.name === name) as OutputFormat;
}

/** The report in one format. */
export async function renderAs(
  name: FormatName,
  report: Report,
  context: RenderContext,
): Promise<string> {
  return (await outputFormat(name).load()).render(report, context);
}

/** "  text       the gap list …" lines for `--help`, aligned. */
export function formatHelp(language: Language, indent = "  "): string {
  const width = Math.max(...FORMAT_NAMES.map((name) => name.length)) + 2;
  return OUTPUT_FORMATS.map(
    (format) => `${indent}${format.name.padEnd(width)}${format.description[language]}`,
  ).join("\n");
}
