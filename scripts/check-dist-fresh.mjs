// Fails when the committed action/dist/ is not what the sources build (GitHub runs the committed bundle).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const committed = path.join(root, "action/dist");
const fresh = mkdtempSync(path.join(tmpdir(), "sm-dist-"));
try {
  await build(fresh);
  const names = new Set([...readdirSync(fresh), ...readdirSync(committed)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(path.join(fresh, name)).equals(readFileSync(path.join(committed, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `action/dist is stale (${stale.join(", ")}): run \`npm run build\` and commit action/dist/.`,
    );
    process.exit(1);
  }
  console.log(`action/dist is fresh (${names.size} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
