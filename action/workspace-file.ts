import { realpathSync } from "node:fs";
import path from "node:path";
import { sourceError } from "../src/manifest/manifest-error.js";

/**
 * Files the Action reads (the manifest, rule packs) must be inside the checkout, also after
 * following symbolic links: a link in a pull request could otherwise make it read, and print
 * into a public comment, any file of the runner.
 */
export function assertInsideWorkspace(file: string, workspace: string, what: string): void {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return; // Missing files are reported by the loader, with its own message.
  }
  const root = realpathSync(workspace);
  const relative = path.relative(root, real);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    const shown = path.relative(workspace, file) || file;
    throw sourceError(shown, { line: 1, column: 1 }, "outside-workspace", "outside-workspace", {
      what,
    });
  }
}
