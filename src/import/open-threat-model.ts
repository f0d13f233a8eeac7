import type { Importer } from "./importer.js";
import { NoteBook } from "./note-book.js";
import { impactOf, likelihoodOf } from "./risk-scale.js";
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
 * Open Threat Model (OTM) JSON: components with the exposure of their trust zone, threats per
 * component with likelihood and impact bucketed onto the 4×4 scale (risk-scale.ts), and
 * mitigations with their state.
 */
export const openThreatModel: Importer = {
  name: "otm",
  title: "Open Threat Model (OTM)",
  syntax: "json",
  detect: (data) => isRecord(data) && typeof data.otmVersion === "string",
  map(source) {
    const book = new NoteBook();
    const data = asRecord(source.data);
    const manifest: Record<string, unknown> = {};
    book.use("/otmVersion");
    const project = asRecord(data.project);
    const name = singleLine(project.name, 200);
    if (name) {
      manifest.project = { name };
      book.mapped("/project/name", `project.name: ${name}`);
    }
    const owner = partyName(project.owner);
    if (owner) {
      (manifest.project as Record<string, unknown> | undefined) ??= {};
      (manifest.project as Record<string, unknown>).lead = { name: owner };
      book.mapped("/project/owner", `project.lead: ${owner}`);
    }
    book.use("/project");
    const zones = new Map<string, Record<string, unknown>>();
    for (const zone of asList(data.trustZones).map(asRecord)) {
      const id = singleLine(zone.id);
      if (id) zones.set(id, zone);
    }
    book.use("/trustZones");
    const internetZone = (zone: Record<string, unknown> | undefined) =>
      zone !== undefined &&
      (/internet|public/i.test(`${zone.type ?? ""} ${zone.name ?? ""}`) ||
        (typeof asRecord(zone.risk).trustRating === "number" &&
          (asRecord(zone.risk).trustRating as number) <= 25));
    const threatDefs = new Map<string, Record<string, unknown>>();
    asList(data.threats).forEach((threat, i) => {
      const id = singleLine(asRecord(threat).id);
      if (id) threatDefs.set(id, { ...asRecord(threat), at: `/threats/${i}` });
    });
    const mitigationDefs = new Map<string, { id: string; title: string; at: string }>();
    const mitigationIds = new IdSet();
    asList(data.mitigations).forEach((m, i) => {
      const r = asRecord(m);
      const sourceId = singleLine(r.id);
      const id = manifestId(sourceId);
      const title = singleLine(r.name, 200) ?? singleLine(r.description, 200);
      if (sourceId && id && title)
        mitigationDefs.set(sourceId, {
          id: mitigationIds.unique(id),
          title,
          at: `/mitigations/${i}`,
        });
    });
    const components: Record<string, unknown>[] = [];
    const componentIds = new IdSet();
    const threats: Record<string, unknown>[] = [];
    const threatIds = new IdSet();
    const mitigations = new Map<string, Record<string, unknown>>();
    const instances = new Map<string, number>();
    for (const c of asList(data.components).map(asRecord))
      for (const t of asList(c.threats).map(asRecord)) {
        const tid = String(t.threat);
        instances.set(tid, (instances.get(tid) ?? 0) + 1);
      }
    asList(data.components).forEach((value, i) => {
      const at = `/components/${i}`;
      const c = asRecord(value);
      const id = manifestId(c.id);
      if (!id) {
        book.noPlace(at, `component ${singleLine(c.name) ?? i}: no usable id`);
        return;
      }
      const unique = componentIds.unique(id);
      const zone = zones.get(String(asRecord(c.parent).trustZone));
      const exposure = internetZone(zone) ? "internet" : "internal";
      const processed = asList(asRecord(c.assets).processed).concat(
        asList(asRecord(c.assets).stored),
      );
      const dataKinds = [
        ...new Set(
          processed.map((d) => singleLine(assetName(data, d), 200)).filter((d): d is string => !!d),
        ),
      ];
      components.push({
        id: unique,
        ...(singleLine(c.name, 200) ? { name: singleLine(c.name, 200) } : {}),
        exposure,
        ...(dataKinds.length > 0 ? { data: dataKinds } : {}),
      });
      book.mapped(
        at,
        `components: ${unique} (${exposure}${zone ? `: trust zone ${singleLine(zone.name) ?? ""}` : ""})`,
      );
      asList(c.threats).forEach((instance, j) => {
        const ti = asRecord(instance);
        const def = threatDefs.get(String(ti.threat));
        const tat = `${at}/threats/${j}`;
        if (!def) {
          book.noPlace(
            tat,
            `threat ${singleLine(ti.threat) ?? j} of ${unique}: not defined in threats`,
          );
          return;
        }
        const base = manifestId(def.id) ?? "threat";
        const tid = threatIds.unique(
          (instances.get(String(ti.threat)) ?? 0) > 1
            ? (manifestId(`${base}.${unique}`) ?? base)
            : base,
        );
        const risk = asRecord(def.risk);
        const category = asList(def.categories).map(categoryOf).find(Boolean);
        const state = String(ti.state ?? "").toLowerCase();
        const refs: string[] = [];
        let implemented = 0;
        asList(ti.mitigations).forEach((m) => {
          const mi = asRecord(m);
          const md = mitigationDefs.get(String(mi.mitigation));
          if (!md) return;
          const status = MITIGATION_STATE[String(mi.state ?? "").toLowerCase()];
          const existing = mitigations.get(md.id);
          // One mitigation can be implemented for one component and only required for another:
          // the manifest keeps one status per mitigation, the least advanced.
          if (!existing)
            mitigations.set(md.id, { id: md.id, title: md.title, ...(status ? { status } : {}) });
          else if (
            status &&
            existing.status &&
            ORDER.indexOf(status) < ORDER.indexOf(String(existing.status))
          )
            existing.status = status;
          if (status === "implemented") implemented++;
          refs.push(md.id);
          book.use(md.at);
        });
        const threat = {
          id: tid,
          title: singleLine(def.name, 200) ?? tid,
          component: unique,
          ...(category ? { category } : {}),
          ...(likelihoodOf(risk.likelihood) ? { likelihood: likelihoodOf(risk.likelihood) } : {}),
          ...(impactOf(risk.impact) ? { impact: impactOf(risk.impact) } : {}),
          ...(refs.length > 0 ? { mitigations: [...new Set(refs)], treatment: "mitigate" } : {}),
          ...(THREAT_STATE[state] ?? { status: "open" }),
        };
        threats.push(threat);
        book.mapped(
          tat,
          `threat_model.threats: ${tid} (likelihood ${String(risk.likelihood ?? "–")} → ${threat.likelihood ?? "not rated"}, impact ${String(risk.impact ?? "–")} → ${threat.impact ?? "not rated"})`,
        );
        book.use(String(def.at));
        if (state === "exposed" && refs.length > 0 && implemented === refs.length)
          book.toFill(
            tat,
            `threat ${tid}: OTM says exposed although all its mitigations are implemented; check its status`,
          );
      });
    });
    for (const def of threatDefs.values())
      if (!instances.has(String(def.id)))
        book.noPlace(
          String(def.at),
          `threat ${singleLine(def.name) ?? ""}: attached to no component`,
        );
    for (const md of mitigationDefs.values())
      if (!mitigations.has(md.id))
        book.noPlace(md.at, `mitigation ${md.title}: used by no threat of a component`);
    if (components.length > 0) {
      manifest.components = components;
      book.toFill(
        "/components",
        "components[].paths: OTM does not know which files belong to a component",
      );
    }
    const threatModel: Record<string, unknown> = {};
    if (threats.length > 0) threatModel.threats = threats;
    if (mitigations.size > 0) threatModel.mitigations = [...mitigations.values()];
    if (Object.keys(threatModel).length > 0) manifest.threat_model = threatModel;
    if (threats.some((t) => !("likelihood" in t) || !("impact" in t)))
      book.toFill(
        "/threats",
        "threat_model.threats: some threats have no likelihood or impact from 0 to 100; rate them",
      );
    book.use("/components");
    book.use("/threats");
    book.use("/mitigations");
    book.reportUnread(source.data, 1);
    return { manifest, notes: book.notes };
  },
};

const ORDER = ["planned", "in-progress", "implemented"];

/** OTM leaves states open; these are the ones its examples and IriusRisk use. */
const MITIGATION_STATE: Record<string, string> = {
  implemented: "implemented",
  "in-progress": "in-progress",
  required: "planned",
  recommended: "planned",
  planned: "planned",
};

const THREAT_STATE: Record<string, Record<string, string>> = {
  exposed: { status: "open" },
  "partly-mitigated": { status: "in-treatment" },
  partly_mitigated: { status: "in-treatment" },
  mitigated: { status: "treated" },
  accepted: { status: "treated", treatment: "accept" },
  "not-applicable": { status: "obsolete" },
  not_applicable: { status: "obsolete" },
};

function assetName(data: Record<string, unknown>, id: unknown): string {
  const asset = asList(data.assets)
    .map(asRecord)
    .find((a) => a.id === id);
  return String(asset?.name ?? id);
}
