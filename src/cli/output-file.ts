import { accessSync, constants, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { terminalSafe } from "../report/terminal-text.js";
import { type CliIo, type UsageError, usageError } from "./cli-io.js";

function cannotWrite(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code || String(error);
  return usageError("output-unwritable", { file: terminalSafe(file), code: terminalSafe(code) });
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
