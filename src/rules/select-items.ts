import { pointerToPath } from "../manifest/yaml-source.js";

export interface SelectedItem {
  pointer: string;
  value: unknown;
  /** The item that holds the list this item came from (for `/reviews/*\/findings`: the review). */
  parent?: unknown;
}

/** One place the selection has reached: its pointer so far, its value, and the item it is in. */
interface Place {
  pointer: string;
  value: unknown;
  parent?: unknown;
}

/**
 * Selects the elements of the list a pointer pattern names. `*` steps into every element of a
 * list on the way: `/reviews/*\/findings` → every finding of every review. Missing parts select nothing.
 *
 * Linear in what it visits: every place carries its own parent and pointer, so nothing is looked
 * up again (`/team/*\/trainings` on 50,000 members is 50,000 steps, not 50,000² comparisons).
 */
export function selectItems(root: unknown, pattern: string): SelectedItem[] {
  let frontier: Place[] = [{ pointer: "", value: root }];
  for (const step of pointerToPath(pattern)) {
    const next: Place[] = [];
    if (step === "*") {
      for (const place of frontier) {
        const list = place.value;
        if (!Array.isArray(list)) continue;
        for (let index = 0; index < list.length; index++) {
          const element: unknown = list[index];
          next.push({ pointer: `${place.pointer}/${index}`, value: element, parent: element });
        }
      }
    } else {
      const escaped = `/${escapeStep(step)}`;
      for (const { pointer, value, parent } of frontier) {
        if (!value || typeof value !== "object" || !Object.hasOwn(value, step)) continue;
        next.push({
          pointer: pointer + escaped,
          value: (value as Record<string | number, unknown>)[step],
          parent,
        });
      }
    }
    frontier = next;
  }
  const items: SelectedItem[] = [];
  for (const { pointer, value, parent } of frontier) {
    if (!Array.isArray(value)) continue;
    for (let index = 0; index < value.length; index++) {
      items.push({ pointer: `${pointer}/${index}`, value: value[index], parent });
    }
  }
  return items;
}

/** A pointer step as RFC 6901 writes it (`~` → `~0`, `/` → `~1`); numbers as they are. */
function escapeStep(step: string | number): string {
  return typeof step === "number" ? String(step) : step.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The values of `field` of the selected items, lists flattened: what references may point at. */
export function fieldValues(items: readonly SelectedItem[], field: string): unknown[] {
  const values: unknown[] = [];
  for (const { value } of items) {
    const held =
      value && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
    if (Array.isArray(held)) for (const element of held) values.push(element);
    else if (held !== undefined) values.push(held);
  }
  return values;
}
