import { accessSync, constants, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { terminalSafe } from "../report/terminal-text.js";
import { type CliIo, UsageError } from "./cli-io.js";

/** Why a file cannot be written, in words, for the error codes people meet. */
const REASONS: Record<string, [english: string, german: string]> = {
  EACCES: ["permission denied", "keine Berechtigung"],
  EPERM: ["permission denied", "keine Berechtigung"],
  EROFS: ["the file system is read-only", "das Dateisystem ist schreibgeschützt"],
  EISDIR: ["it is a folder", "es ist ein Ordner"],
  ENOTDIR: ["a part of its path is a file", "ein Teil des Pfads ist eine Datei"],
  EEXIST: ["a part of its path is a file", "ein Teil des Pfads ist eine Datei"],
  ENOSPC: ["no space left on the device", "kein Platz mehr auf dem Datenträger"],
};

function cannotWrite(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const [english, german] = REASONS[code] ?? [code || String(error), code || String(error)];
  const name = terminalSafe(file);
  return new UsageError(
    `cannot write --output ${name}: ${english}`,
    `--output ${name} kann nicht geschrieben werden: ${german}`,
  );
}

/**
 * The --output file made ready before a long run (missing folders created, a folder or an
 * unwritable place refused), so an organisation is not read for nothing. Returns its full path.
 */
export function prepareOutputFile(io: CliIo, file: string): string {
  const target = path.resolve(io.cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory())
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    accessSync(path.dirname(target), constants.W_OK);
  } catch (error) {
    throw cannotWrite(file, error);
  }
  return target;
}

/** Writes `text` to the prepared --output file and says so on stderr. */
export function writeOutputFile(io: CliIo, file: string, target: string, text: string): void {
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw cannotWrite(file, error);
  }
  io.stderr(`security-manifest: wrote ${terminalSafe(file)}\n`);
}
