import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Global setup of the test run: every scratch folder a test makes (mkdtemp in os.tmpdir(), by the
 * tests, the CLI they spawn and the browser) lands in one folder of this run, removed when the run
 * ends, so a run leaves nothing behind in /tmp however a test ends.
 */
export default function scratchRoot(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "security-manifest-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
