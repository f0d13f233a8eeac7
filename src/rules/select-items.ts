import { pathToPointer, pointerToPath } from "../manifest/yaml-source.js";

export interface SelectedItem {
  pointer: string;
  value: unknown;
  /** The item that holds the list this item came from (for `/reviews/*\/findings`: the review). */
  parent?: unknown;
}

/**
 * Selects the elements of the list a pointer pattern names. `*` steps into every element of a
 * list on the way: `/reviews/*\/findings` → every finding of every review. Missing parts select nothing.
 */
export function selectItems(root: unknown, pattern: string): SelectedItem[] {
  let frontier: { path: (string | number)[]; value: unknown; parent?: unknown }[] = [
    { path: [], value: root },
  ];
  for (const step of pointerToPath(pattern)) {
    const next: typeof frontier = [];
    for (const { path, value } of frontier) {
      if (step === "*") {
        if (!Array.isArray(value)) continue;
        value.forEach((element, index) => {
          next.push({ path: [...path, index], value: element, parent: element });
        });
      } else if (value && typeof value === "object" && Object.hasOwn(value, step)) {
        const parent = frontier.find((f) => f.value === value)?.parent;
        next.push({
          path: [...path, step],
          value: (value as Record<string, unknown>)[step],
          parent,
        });
      }
    }
    frontier = next;
  }
  return frontier.flatMap(({ path, value, parent }) =>
    Array.isArray(value)
      ? value.map((element, index) => ({
          pointer: pathToPointer([...path, index]),
          value: element,
          parent,
        }))
      : [],
  );
}

/** The values of `field` of the selected items, lists flattened: what references may point at. */
export function fieldValues(items: readonly SelectedItem[], field: string): unknown[] {
  return items.flatMap(({ value }) => {
    const held =
      value && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
    return Array.isArray(held) ? held : held === undefined ? [] : [held];
  });
}
