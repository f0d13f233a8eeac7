import { constants, type Stats } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import type { ProblemKey, ProblemParams } from "../i18n/problems/problems.js";
import { decodeSource } from "./decode-source.js";
import { SourceError, sourceError } from "./manifest-error.js";
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
    throw sourceError(source.file, { line: 1, column: 1 }, "missing-version", "missing-version");
  }
  const version = data.manifest_version;
  // YAML reads 1.0, 01, 0x1 and +1 as the number 1 too; the format says `1`, so say so.
  const written = source.topLevelScalarSource("manifest_version");
  if (version === 1 && (written === undefined || written === "1")) return;
  const at = source.positionOf("/manifest_version");
  const problem = (key: ProblemKey, params: ProblemParams = {}) =>
    sourceError(source.file, at, "unknown-version", key, params);
  if (version === 1) throw problem("version-written", { written: String(written) });
  if (version === null) throw problem("version-empty");
  if (typeof version === "string" && /^\s*1(\.0*)?\s*$/.test(version)) {
    throw problem("version-text", { value: JSON.stringify(version) });
  }
  if (typeof version === "object") {
    throw problem("version-collection", { kind: Array.isArray(version) ? "list" : "mapping" });
  }
  throw problem("version-unsupported", {
    value: JSON.stringify(version),
    supported: SUPPORTED_MANIFEST_VERSIONS.join(", "),
  });
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
      throw new SourceError({ ...error.problem, file: shownAs }, error.words);
    throw error;
  }
}

async function readFileBounded(file: string, what: string): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw sourceError(file, { line: 1, column: 1 }, "not-a-file", "not-a-file", {
        what,
        kind: kindOf(stat),
      });
    }
    const tooLarge = (size: number) =>
      sourceError(file, { line: 1, column: 1 }, "too-large", "too-large-file", {
        what,
        size: (size / 1024 / 1024).toFixed(1),
        limit: String(MAX_SOURCE_BYTES / 1024 / 1024),
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
    const at = { line: 1, column: 1 };
    if (code === "ENOENT") throw sourceError(file, at, "not-found", "not-found", { what });
    if (code === "ELOOP") throw sourceError(file, at, "symlink-loop", "symlink-loop", { what });
    if (code === "EISDIR") throw sourceError(file, at, "unreadable", "is-a-folder", { what });
    throw sourceError(file, at, "unreadable", "unreadable", { what, code: code ?? "error" });
  } finally {
    await handle?.close();
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "pipe";
  if (stat.isSocket()) return "socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  return "other";
}
