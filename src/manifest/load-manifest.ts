import { open } from "node:fs/promises";
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
  if (!("manifest_version" in data)) {
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
  if (!SUPPORTED_MANIFEST_VERSIONS.includes(version as 1)) {
    const { line, column } = source.positionOf("/manifest_version");
    throw new SourceError({
      file: source.file,
      line,
      column,
      code: "unknown-version",
      message: `manifest_version ${JSON.stringify(version)} is not supported; this tool reads format version ${SUPPORTED_MANIFEST_VERSIONS.join(", ")}`,
      hint: "set `manifest_version: 1`, or update security-manifest-check if the manifest was written for a newer format",
    });
  }
}

/** Reads a text file but refuses anything over the size limit before loading it into memory. */
export async function readBounded(file: string, what: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, "r");
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new SourceError({
        file,
        line: 1,
        column: 1,
        code: "not-a-file",
        message: `the ${what} path is not a regular file`,
        hint: `name the ${what} file itself, not a folder`,
      });
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new SourceError({
        file,
        line: 1,
        column: 1,
        code: "too-large",
        message: `the ${what} is ${(stat.size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
        hint: `a ${what} is a short YAML file; check that the right file is named`,
      });
    }
    return await handle.readFile("utf8");
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: code === "ENOENT" ? "not-found" : "unreadable",
      message:
        code === "ENOENT"
          ? `the ${what} file does not exist`
          : `the ${what} cannot be read (${code ?? "error"})`,
      hint:
        code === "ENOENT"
          ? what === "manifest"
            ? "create one with `security-manifest init`, or name the file: `security-manifest check path/to/security-manifest.yml`"
            : "check the path and the glob"
          : "check the file's permissions",
    });
  } finally {
    await handle?.close();
  }
}
