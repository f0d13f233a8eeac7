import type { Importer } from "./importer.js";
import { NoteBook } from "./note-book.js";
import {
  asList,
  asRecord,
  IdSet,
  isRecord,
  manifestId,
  partyName,
  singleLine,
} from "./source-values.js";
import { categoryOf } from "./stride-category.js";

/**
 * OWASP Threat Dragon v2 models (JSON): processes and stores become components, the threats on
 * every element become threats, each threat's mitigation text becomes a mitigation.
 */
export const threatDragon: Importer = {
  name: "threat-dragon",
  title: "OWASP Threat Dragon v2 model",
  syntax: "json",
  detect: (data) =>
    isRecord(data) &&
    /^2\./.test(String(data.version ?? "")) &&
    isRecord(data.summary) &&
    Array.isArray(asRecord(data.detail).diagrams),
  map(source) {
    const book = new NoteBook();
    const data = asRecord(source.data);
    const manifest: Record<string, unknown> = {};
    book.use("/version");
    const summary = asRecord(data.summary);
    const title = singleLine(summary.title, 200);
    const project: Record<string, unknown> = {};
    if (title) {
      project.name = title;
      book.mapped("/summary/title", `project.name: ${title}`);
    }
    const owner = partyName(summary.owner);
    if (owner)
      book.toFill(
        "/summary/owner",
        `project.lead: the model's owner is "${owner}"; name the lead if it is that person`,
      );
    if (Object.keys(project).length > 0) manifest.project = project;
    book.use("/summary");
    const detail = asRecord(data.detail);
    const threatModel: Record<string, unknown> = {};
    const reviewer = partyName(detail.reviewer);
    if (reviewer) {
      threatModel.reviewed_by = reviewer;
      book.mapped("/detail/reviewer", `threat_model.reviewed_by: ${reviewer}`);
    }
    book.use("/detail/contributors");
    book.use("/detail/diagramTop");
    book.use("/detail/threatTop");
    const components: Record<string, unknown>[] = [];
    const componentIds = new IdSet();
    const threats: Record<string, unknown>[] = [];
    const threatIds = new IdSet();
    const mitigations: Record<string, unknown>[] = [];
    asList(detail.diagrams).forEach((diagram, d) => {
      asList(asRecord(diagram).cells).forEach((cell, c) => {
        const at = `/detail/diagrams/${d}/cells/${c}`;
        const cellData = asRecord(asRecord(cell).data);
        const type = String(cellData.type ?? "");
        const name = singleLine(cellData.name, 200);
        let component: string | undefined;
        if (type === "tm.Process" || type === "tm.Store") {
          if (cellData.outOfScope === true) {
            book.noPlace(at, `${name ?? "element"}: out of scope in the model, not imported`);
          } else {
            const id = manifestId((name ?? type).toLowerCase()) ?? "component";
            component = componentIds.unique(id);
            components.push({ id: component, ...(name ? { name } : {}), exposure: "internal" });
            book.mapped(at, `components: ${component}`);
          }
        }
        asList(cellData.threats).forEach((value, t) => {
          const threat = asRecord(value);
          const tat = `${at}/data/threats/${t}`;
          const titleText = singleLine(threat.title, 200);
          if (!titleText) {
            book.noPlace(tat, "threat without a title, not imported");
            return;
          }
          const base =
            typeof threat.number === "number"
              ? `TD-${threat.number}`
              : (manifestId(threat.id) ?? "TD");
          const id = threatIds.unique(base);
          const status = STATUS[String(threat.status ?? "").toLowerCase()] ?? "open";
          const category = categoryOf(threat.type);
          const impact = SEVERITY[String(threat.severity ?? "").toLowerCase()];
          const mitigationText = singleLine(threat.mitigation, 200);
          const entry: Record<string, unknown> = {
            id,
            title: titleText,
            ...(component ? { component } : {}),
            ...(category ? { category } : {}),
            ...(impact ? { impact } : {}),
            status,
          };
          if (mitigationText) {
            const mid = `${id}-M`;
            mitigations.push({
              id: mid,
              title: mitigationText,
              status: status === "treated" ? "implemented" : "planned",
            });
            entry.mitigations = [mid];
            entry.treatment = "mitigate";
          }
          const description = singleLine(threat.description, 2000);
          if (description) entry.notes = description;
          threats.push(entry);
          book.mapped(
            tat,
            `threat_model.threats: ${id}${mitigationText ? ` with mitigation ${id}-M` : ""}`,
          );
          if (!component && type !== "tm.Process" && type !== "tm.Store")
            book.toFill(
              tat,
              `threat ${id} sits on a ${type.replace(/^tm\./, "").toLowerCase() || "diagram element"}; name the component it concerns`,
            );
        });
      });
    });
    book.use("/detail/diagrams");
    if (components.length > 0) {
      manifest.components = components;
      book.toFill(
        "/detail/diagrams",
        "components[].exposure: Threat Dragon does not say which elements are reachable from the internet (imported as internal); components[].paths: which files belong to each",
      );
    }
    if (threats.length > 0) {
      threatModel.threats = threats;
      book.toFill(
        "/detail/diagrams",
        "threat_model.threats[].likelihood: Threat Dragon rates only a severity (imported as the impact)",
      );
    }
    if (mitigations.length > 0) threatModel.mitigations = mitigations;
    if (Object.keys(threatModel).length > 0) manifest.threat_model = threatModel;
    book.reportUnread(source.data, 2);
    return { manifest, notes: book.notes };
  },
};

const STATUS: Record<string, string> = {
  open: "open",
  mitigated: "treated",
  notapplicable: "obsolete",
  "not applicable": "obsolete",
};

/** Threat Dragon's severity is the harm if the threat comes true: read as the impact. */
const SEVERITY: Record<string, string> = {
  low: "negligible",
  medium: "limited",
  high: "considerable",
  critical: "existential",
};
