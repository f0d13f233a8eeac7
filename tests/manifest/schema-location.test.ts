// One address for the schema, everywhere it is named: the $id of every schema, the README, the
// SchemaStore entry we propose and the editor docs all point at the file at the v1 release tag.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedSchemaFile, MANIFEST_SCHEMA_URL } from "../../src/manifest/schema-location.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const BASE = MANIFEST_SCHEMA_URL.replace(/manifest-v1\.schema\.json$/, "");
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");

describe("the schema's address", () => {
  it("is the $id of each schema: the release tag's raw file of that very schema", () => {
    const schemas = readdirSync(path.join(REPO_ROOT, "schema")).filter((f) => f.endsWith(".json"));
    expect(schemas).toContain("manifest-v1.schema.json");
    for (const file of schemas)
      expect(JSON.parse(read(`schema/${file}`)).$id, file).toBe(`${BASE}${file}`);
  });

  it("is what the README and the editor docs tell people to write", () => {
    for (const doc of ["README.md", "docs/editor-support.md"])
      expect(read(doc), doc).toContain(`# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}`);
  });

  it("is the url of the SchemaStore catalog entry, which matches manifests by file name", () => {
    const entry = JSON.parse(read("docs/schemastore-catalog-entry.json")) as {
      url: string;
      fileMatch: string[];
    };
    expect(entry.url).toBe(MANIFEST_SCHEMA_URL);
    expect(entry.fileMatch).toContain("security-manifest.yml");
  });

  it("has a local twin: the schema file this installation ships", () => {
    expect(installedSchemaFile()).toBe(path.join(REPO_ROOT, "schema/manifest-v1.schema.json"));
  });
});
