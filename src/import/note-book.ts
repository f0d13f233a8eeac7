import type { ImportNote } from "./importer.js";
import { escapePointer, isRecord } from "./source-values.js";

/** Collects notes and consumed source places while a mapper runs. */
export class NoteBook {
  readonly notes: ImportNote[] = [];
  readonly #used = new Set<string>();

  mapped(at: string, text: string): void {
    this.notes.push({ kind: "mapped", at, text });
    this.#used.add(at);
  }
  noPlace(at: string, text: string): void {
    this.notes.push({ kind: "no-place", at, text });
    this.#used.add(at);
  }
  toFill(at: string, text: string): void {
    this.notes.push({ kind: "to-fill", at, text });
  }
  /** Marks a source place as read without a note of its own (e.g. a header). */
  use(at: string): void {
    this.#used.add(at);
  }

  /**
   * Every section of the source (down to `depth` levels) that no mapper read is reported as
   * having no place: nothing of the source disappears without a word.
   */
  reportUnread(data: unknown, depth: number): void {
    const walk = (value: unknown, pointer: string, level: number) => {
      if ([...this.#used].some((used) => used === pointer || pointer.startsWith(`${used}/`)))
        return;
      const inside = [...this.#used].some((used) => used.startsWith(`${pointer}/`));
      // Partly read at the deepest level shown: its other keys are details of what was mapped.
      if (inside && (level >= depth || !isRecord(value))) return;
      if (level >= depth || !isRecord(value) || !inside) {
        if (pointer !== "") this.noPlace(pointer, `${pointer.slice(1)}: no place in the manifest`);
        return;
      }
      for (const [key, child] of Object.entries(value))
        walk(child, `${pointer}/${escapePointer(key)}`, level + 1);
    };
    walk(data, "", 0);
  }
}
