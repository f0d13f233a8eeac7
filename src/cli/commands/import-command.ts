import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { IMPORTERS, importerNamed } from "../../import/formats.js";
import { importIntoManifest } from "../../import/import-manifest.js";
import type { ImportNote } from "../../import/importer.js";
import { readImportSource } from "../../import/read-import-source.js";
import { readBounded } from "../../manifest/load-manifest.js";
import { SourceError } from "../../manifest/manifest-error.js";
import { MANIFEST_SCHEMA_URL } from "../../manifest/schema-location.js";
import { terminalSafe } from "../../report/terminal-text.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import { parseCommandArgs, todayOption } from "../command-options.js";

export const IMPORT_HELP = `Usage: security-manifest import FORMAT FILE [options]

Maps what another format already records onto the manifest, so that nobody types it twice.
Prints what was mapped, what has no place in the manifest, and what is still to fill in.

Formats:
${IMPORTERS.map((i) => `  ${i.name.padEnd(18)}${i.title}`).join("\n")}

Options:
  --into <manifest>     merge into this manifest (comments, order and your values stay);
                        a file that does not exist yet is written from the init template
                        (default: print a new manifest to stdout)
  --overwrite           let imported values replace values the manifest has already
  --today <date>        dates of a new manifest (default: today, UTC)
  -h, --help            show this help`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      into: { type: "string" },
      overwrite: { type: "boolean" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    2,
  );
  if (values.help) {
    io.stdout(`${IMPORT_HELP}\n`);
    return EXIT.ok;
  }
  const [format, file] = positionals;
  if (!format || !file) throw usageError("import-no-arguments");
  const importer = importerNamed(format);
  if (!importer)
    throw usageError("import-unknown-format", {
      format: terminalSafe(format),
      formats: IMPORTERS.map((i) => i.name).join(", "),
    });
  const today = todayOption(values.today, io.today);
  try {
    const source = await readImportSource(path.resolve(io.cwd, file), importer, file);
    const into = values.into;
    const target = into === undefined ? undefined : path.resolve(io.cwd, into);
    const manifest =
      target !== undefined && existsSync(target)
        ? { file: into as string, text: await readBounded(target, "manifest", into) }
        : undefined;
    const outcome = importIntoManifest({
      importer,
      source,
      ...(manifest ? { manifest } : {}),
      resultName: into ?? "security-manifest.yml",
      overwrite: values.overwrite ?? false,
      today,
      fallbackProject: path.basename(io.cwd),
      schema: MANIFEST_SCHEMA_URL,
    });
    const report = (text: string) => (into === undefined ? io.stderr(text) : io.stdout(text));
    report(describeNotes(file, importer.title, outcome.notes, source));
    if (outcome.merge.length > 0) {
      const lines = outcome.merge.map((note) => {
        const { line, column } = outcome.result.positionOf(note.pointer);
        return `  ${LABEL[note.kind]}${terminalSafe(`${into}:${line}:${column}`)}  ${terminalSafe(note.text)}`;
      });
      report(`Merged into ${terminalSafe(into ?? "")}:\n${lines.join("\n")}\n`);
    }
    if (outcome.problems.length > 0) {
      const shown = into ?? "the result";
      io.stderr(
        `The result is not a valid manifest; nothing was ${into === undefined ? "printed" : "written"}:\n${outcome.problems
          .map(
            (p) =>
              `  ${terminalSafe(`${into ?? "result"}:${p.line}:${p.column}: ${p.message}`)}\n    fix: ${terminalSafe(p.remediation)}`,
          )
          .join("\n")}\nFix ${terminalSafe(shown)} (or the source) and import again.\n`,
      );
      return EXIT.gaps;
    }
    if (target === undefined) {
      io.stdout(outcome.text);
    } else {
      writeFileSync(target, outcome.text);
      io.stdout(
        `Wrote ${terminalSafe(into as string)}. Next: security-manifest check ${terminalSafe(into as string)}\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof SourceError) {
      const { problem } = error;
      io.stderr(
        `security-manifest: cannot import:\n${terminalSafe(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)}\n  fix: ${terminalSafe(problem.hint)}\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}

const LABEL = {
  mapped: "mapped     ",
  "no-place": "no place   ",
  "to-fill": "to fill in ",
  added: "added      ",
  kept: "kept       ",
  overwritten: "overwritten",
} as const;

function describeNotes(
  file: string,
  title: string,
  notes: ImportNote[],
  source: { positionOf(pointer: string): { line: number; column: number } },
): string {
  const order = ["mapped", "no-place", "to-fill"] as const;
  const lines = order.flatMap((kind) =>
    notes
      .filter((note) => note.kind === kind)
      .map((note) => {
        const { line, column } = source.positionOf(note.at);
        return `  ${LABEL[kind]} ${terminalSafe(`${file}:${line}:${column}`)}  ${terminalSafe(note.text)}`;
      }),
  );
  const count = (kind: ImportNote["kind"]) => notes.filter((n) => n.kind === kind).length;
  return `Imported ${terminalSafe(file)} (${title}): ${count("mapped")} mapped, ${count("no-place")} with no place in the manifest, ${count("to-fill")} to fill in\n${lines.join("\n")}\n`;
}
