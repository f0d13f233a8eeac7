import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where editors load the format-v1 schema from: the file at the `v1` release tag of this
 * repository, which every release moves (the schema's `$id`, the README and `init` use it;
 * a test keeps them in step).
 */
export const MANIFEST_SCHEMA_URL =
  "https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";

/**
 * The schema file of this installation (the npm package ships it; so does a clone). This module
 * sits two folders below the package root both as source (src/manifest/) and bundled
 * (action/dist/), so the same relative step finds it.
 */
export function installedSchemaFile(): string {
  return fileURLToPath(new URL("../../schema/manifest-v1.schema.json", import.meta.url));
}

/**
 * The schema as a path relative to the folder of `manifestFile`, with forward slashes (what the
 * yaml-language-server comment line expects), for editors that work offline.
 */
export function localSchemaReference(manifestFile: string): string {
  const relative = path.relative(path.dirname(manifestFile), installedSchemaFile());
  return relative.split(path.sep).join("/");
}
