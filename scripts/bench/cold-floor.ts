// The cold-start floor: a process that does only what no check can skip on the example (read
// it, parse it with positions, validate it with the compiled format-v1 validator) and exits.
// Bundled like the engine (scripts/bench/bundle-engine.mjs); the bench times it next to the
// CLI and the Action, to show how much of their start-up is the unavoidable part.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { compileManifestValidator } from "../../src/manifest/manifest-validator.js";

const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: cold-floor.js FILE");
const doc = parseDocument(readFileSync(file, "utf8"), {
  lineCounter: new LineCounter(),
  uniqueKeys: true,
  version: "1.2",
  schema: "core",
});
process.exitCode = compileManifestValidator()(doc.toJS({ maxAliasCount: 100 })) ? 0 : 1;
