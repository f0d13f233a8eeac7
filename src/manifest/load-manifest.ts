import { constants, type Stats } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { decodeSource } from "./decode-source.js";
import { SourceError } from "./manifest-error.js";
import { MAX_SOURCE_BYTES, parseYamlSource, type YamlSource } from "./yaml-source.js";

export const SUPPORTED_MANIFEST_VERSIONS = [1] as const;

/** Reads a manifest file, bounded in size, and checks it is a v1 manifest. */
export async function loadManifestFile(file: string): Promise<YamlSource> {
  return parseManifestText(file, await readBounded(file, "manifest"));
}

export function parseManifestText(file: string, text: string): YamlSource {
  const source = parseYamlSource(file, text, "manifest");
  checkManifestVersion(source);
  return source;
}

function checkManifestVersion(source: YamlSource): void {
  const data = source.data as Record<string, unknown>;
  if (!Object.hasOwn(data, "manifest_version")) {
    throw new SourceError({
      file: source.file,
      line: 1,
      column: 1,
      code: "missing-version",
      message: "the manifest has no `manifest_version`",
      hint: "add `manifest_version: 1` as the first key of the file",
    });
  }
  const version = data.manifest_version;
  // YAML reads 1.0, 01, 0x1 and +1 as the number 1 too; the format says `1`, so say so.
  const written = source.scalarSourceOf("/manifest_version");
  if (version === 1 && (written === undefined || written === "1")) return;
  const { line, column } = source.positionOf("/manifest_version");
  const problem = (message: string, hint = "write `manifest_version: 1`") =>
    new SourceError({ file: source.file, line, column, code: "unknown-version", message, hint });
  if (version === 1) {
    throw problem(
      `manifest_version is written as ${written}; the format version is the whole number 1`,
    );
  }
  if (version === null) throw problem("manifest_version has no value");
  if (typeof version === "string" && /^\s*1(\.0*)?\s*$/.test(version)) {
    throw problem(
      `manifest_version is the text ${JSON.stringify(version)}, not the number 1`,
      "write `manifest_version: 1` without quotes",
    );
  }
  if (typeof version === "object") {
    throw problem(
      `manifest_version is ${Array.isArray(version) ? "a list" : "a mapping"}, not the number 1`,
    );
  }
  throw problem(
    `manifest_version ${JSON.stringify(version)} is not supported; this tool reads format version ${SUPPORTED_MANIFEST_VERSIONS.join(", ")}`,
    "set `manifest_version: 1`, or update security-manifest-check if the manifest was written for a newer format",
  );
}

/**
 * Reads a text file but refuses anything over the size limit before loading it into memory, and
 * anything that is not a regular file before reading from it: a named pipe (FIFO) would block
 * the read forever, a device would never end. The file is opened without blocking (O_NONBLOCK:
 * opening a FIFO waits for a writer otherwise) and checked on the open handle, so it cannot be
 * swapped between the check and the read. The bytes must be UTF-8 (decodeSource).
 */
export async function readBounded(file: string, what: string, shownAs = file): Promise<string> {
  try {
    return await readFileBounded(file, what);
  } catch (error) {
    if (error instanceof SourceError && shownAs !== file)
      throw new SourceError({ ...error.problem, file: shownAs });
    throw error;
  }
}

async function readFileBounded(file: string, what: string): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new SourceError({
        file,
        line: 1,
        column: 1,
        code: "not-a-file",
        message: `the ${what} path is not a regular file (it is ${kindOf(stat)})`,
        hint: `name the ${what} file itself, not a folder, pipe or device`,
      });
    }
    const tooLarge = (size: number) =>
      new SourceError({
        file,
        line: 1,
        column: 1,
        code: "too-large",
        message: `the ${what} is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
        hint: `a ${what} is a short YAML file; check that the right file is named`,
      });
    if (stat.size > MAX_SOURCE_BYTES) throw tooLarge(stat.size);
    // Read at most one byte over the limit, whatever the size said: the file may grow meanwhile.
    let buffer = Buffer.alloc(Math.min(MAX_SOURCE_BYTES, stat.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_SOURCE_BYTES) throw tooLarge(length);
        const grown = Buffer.alloc(Math.min(MAX_SOURCE_BYTES + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return decodeSource(file, buffer.subarray(0, length), what);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: code === "ENOENT" ? "not-found" : code === "ELOOP" ? "symlink-loop" : "unreadable",
      message:
        code === "ENOENT"
          ? `the ${what} file does not exist`
          : code === "ELOOP"
            ? `the ${what} path is a loop of symbolic links`
            : code === "EISDIR"
              ? `the ${what} path is a folder, not a file`
              : `the ${what} cannot be read (${code ?? "error"})`,
      hint:
        code === "ENOENT"
          ? what === "manifest"
            ? "create one with `security-manifest init`, or name the file: `security-manifest check path/to/security-manifest.yml`"
            : "check the path and the glob"
          : code === "ELOOP"
            ? "point the symbolic link at the real file"
            : code === "EISDIR"
              ? `name the ${what} file itself, not a folder`
              : "check the file's permissions",
    });
  } finally {
    await handle?.close();
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a file";
}
