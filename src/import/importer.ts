import type { YamlSource } from "../manifest/yaml-source.js";

/**
 * What an import says about one piece of the source: it was mapped, it has no place in the
 * manifest, or the lead still has to fill something in (the source does not say it).
 */
export type ImportNoteKind = "mapped" | "no-place" | "to-fill";

export interface ImportNote {
  kind: ImportNoteKind;
  /** JSON pointer into the source file ("" is the whole file); gives the line shown. */
  at: string;
  text: string;
}

/** Part of a manifest: only the keys the source could fill, in the manifest's own shape. */
export type PartialManifest = Record<string, unknown>;

export interface ImportResult {
  manifest: PartialManifest;
  notes: ImportNote[];
}

/** One source format: how to recognise it and how to map it onto a manifest. */
export interface Importer {
  /** The FORMAT argument of the command, e.g. threagile. */
  name: string;
  /** Readable name, e.g. "Threagile model". */
  title: string;
  /** YAML input is parsed as YAML 1.2; JSON input is also read by the YAML parser (JSON is a subset). */
  syntax: "yaml" | "json";
  /** Whether the parsed data looks like this format (to refuse a wrong FORMAT with a hint). */
  detect(data: unknown): boolean;
  map(source: YamlSource): ImportResult;
}
