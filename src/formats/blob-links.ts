import type { LinkBuilder } from "./renderer.js";

/**
 * Links to manifest lines on GitHub from the file's blob URLs at the head commit and, for what a
 * pull request removed, at the base commit (e.g. https://github.com/o/r/blob/<sha>/<path>).
 */
export function blobLinks(head: string | undefined, base?: string): LinkBuilder | undefined {
  if (head === undefined && base === undefined) return undefined;
  return {
    manifestLine(line, side = "head") {
      const url = side === "base" ? base : head;
      return url === undefined ? undefined : `${url}#L${line}`;
    },
  };
}
