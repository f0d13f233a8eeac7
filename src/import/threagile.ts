import { attackTypeOf } from "./attack-types.js";
import type { Importer } from "./importer.js";
import { NoteBook } from "./note-book.js";
import {
  asList,
  asRecord,
  escapePointer,
  IdSet,
  isoDate,
  isRecord,
  manifestId,
  partyName,
  singleLine,
  stripTags,
  titleFromId,
} from "./source-values.js";

/**
 * Threagile (threagile.yaml): technical assets become components, tracked and individual risks
 * become threats, abuse cases become threats with an attack type where the catalogue has one.
 */
export const threagile: Importer = {
  name: "threagile",
  title: "Threagile model",
  syntax: "yaml",
  detect: (data) =>
    isRecord(data) && ("threagile_version" in data || isRecord(data.technical_assets)),
  map(source) {
    const book = new NoteBook();
    const data = asRecord(source.data);
    const manifest: Record<string, unknown> = {};
    book.use("/threagile_version");
    const title = singleLine(data.title, 200);
    if (title) {
      manifest.project = { name: title };
      book.mapped("/title", `project.name: ${title}`);
    }
    const threatModel: Record<string, unknown> = {};
    const date = isoDate(data.date);
    if (date) {
      threatModel.created = date;
      book.mapped("/date", `threat_model.created: ${date} (the model's date)`);
    }
    const dataTitles = new Map<string, string>();
    for (const [name, value] of Object.entries(asRecord(data.data_assets))) {
      const id = singleLine(asRecord(value).id);
      if (id) dataTitles.set(id, singleLine(name, 200) ?? id);
    }
    book.use("/data_assets");
    const bounded = new Set<string>();
    for (const value of Object.values(asRecord(data.trust_boundaries)))
      for (const id of asList(asRecord(value).technical_assets_inside)) bounded.add(String(id));
    book.use("/trust_boundaries");
    // Reachable from the internet: flagged so, or the target of a link from an asset that is
    // (the customer's browser is out of scope, but the load balancer it talks to is exposed).
    const onInternet = new Set<string>();
    const assets = Object.values(asRecord(data.technical_assets)).map(asRecord);
    for (const asset of assets) if (asset.internet === true) onInternet.add(String(asset.id));
    const reachedFromInternet = new Set<string>();
    for (const asset of assets)
      if (onInternet.has(String(asset.id)))
        for (const link of Object.values(asRecord(asset.communication_links)))
          reachedFromInternet.add(String(asRecord(link).target));
    const components: Record<string, unknown>[] = [];
    const componentIds = new Map<string, string>();
    const ids = new IdSet();
    for (const [name, value] of Object.entries(asRecord(data.technical_assets))) {
      const at = `/technical_assets/${escapePointer(name)}`;
      const asset = asRecord(value);
      const sourceId = singleLine(asset.id);
      const id = manifestId(sourceId);
      if (!sourceId || !id) {
        book.noPlace(at, `technical asset ${singleLine(name)}: no usable id`);
        continue;
      }
      if (asset.out_of_scope === true) {
        book.noPlace(at, `technical asset ${sourceId}: out of scope in the model, not imported`);
        continue;
      }
      const unique = ids.unique(id);
      componentIds.set(sourceId, unique);
      // Everything else is internal, inside a trust boundary or not: nothing in Threagile says
      // "offline".
      const reached = reachedFromInternet.has(sourceId);
      const exposure = asset.internet === true || reached ? "internet" : "internal";
      const dataKinds = [
        ...new Set(
          [...asList(asset.data_assets_processed), ...asList(asset.data_assets_stored)]
            .map((d) => singleLine(dataTitles.get(String(d)) ?? d, 200))
            .filter((d): d is string => d !== undefined),
        ),
      ];
      const needs = protectionNeeds(asset);
      components.push({
        id: unique,
        ...(singleLine(name, 200) ? { name: singleLine(name, 200) } : {}),
        exposure,
        ...(dataKinds.length > 0 ? { data: dataKinds } : {}),
        ...(needs ? { protection_needs: needs } : {}),
      });
      book.mapped(
        at,
        `components: ${unique} (${exposure}${asset.internet === true ? ": internet flag" : reached ? ": reached by a link from the internet" : bounded.has(sourceId) ? ": inside a trust boundary" : ""})`,
      );
    }
    if (components.length > 0) {
      manifest.components = components;
      book.toFill(
        "/technical_assets",
        "components[].paths: Threagile does not know which files belong to an asset",
      );
    }
    const threats = new Map<string, Record<string, unknown>>();
    const threatIds = new IdSet();
    const category = new Map<string, Record<string, unknown>>();
    for (const [name, value] of Object.entries(asRecord(data.individual_risk_categories))) {
      const c = asRecord(value);
      const cid = singleLine(c.id);
      if (!cid) continue;
      category.set(cid, { ...c, title: singleLine(name, 200) });
      for (const [riskName, riskValue] of Object.entries(asRecord(c.risks_identified))) {
        const risk = asRecord(riskValue);
        const asset = singleLine(risk.most_relevant_technical_asset);
        const key = `${cid}@${asset ?? "*"}`;
        const id = manifestId(key);
        if (!id) continue;
        const threat: Record<string, unknown> = {
          id: threatIds.unique(id),
          title: singleLine(stripTags(riskName), 200) ?? titleFromId(cid),
          ...(asset && componentIds.has(asset) ? { component: componentIds.get(asset) } : {}),
          ...(STRIDE.has(String(c.stride)) ? { category: c.stride } : {}),
          ...(LIKELIHOOD[String(risk.exploitation_likelihood)]
            ? { likelihood: LIKELIHOOD[String(risk.exploitation_likelihood)] }
            : {}),
          ...(IMPACT[String(risk.exploitation_impact)]
            ? { impact: IMPACT[String(risk.exploitation_impact)] }
            : {}),
          status: "open",
        };
        threats.set(key, threat);
        book.mapped(
          `/individual_risk_categories/${escapePointer(name)}/risks_identified/${escapePointer(riskName)}`,
          `threat_model.threats: ${threat.id}`,
        );
      }
    }
    for (const [key, value] of Object.entries(asRecord(data.risk_tracking))) {
      const at = `/risk_tracking/${escapePointer(key)}`;
      const tracking = asRecord(value);
      const id = manifestId(key);
      if (!id) {
        book.noPlace(at, `tracked risk ${singleLine(key)}: no usable id`);
        continue;
      }
      const [cid = key, asset] = key.split("@");
      let threat = threats.get(key);
      if (!threat) {
        const target = key
          .split("@")
          .slice(1)
          .map((part) => (part === "*" ? "any" : part))
          .join(", ");
        threat = {
          id: threatIds.unique(id),
          title: singleLine(
            `${singleLine(category.get(cid)?.title) ?? titleFromId(cid)}${target ? ` at ${target}` : ""}`,
            200,
          ),
          ...(asset && componentIds.has(asset) ? { component: componentIds.get(asset) } : {}),
        };
        threats.set(key, threat);
      }
      const status = String(tracking.status ?? "unchecked");
      Object.assign(threat, STATUS[status] ?? { status: "open" });
      const owner = partyName(tracking.checked_by);
      if (owner) threat.owner = owner;
      const notes = [
        singleLine(tracking.justification, 1000),
        singleLine(tracking.ticket) && `Ticket ${singleLine(tracking.ticket)}`,
      ]
        .filter(Boolean)
        .join(". ");
      if (notes) threat.notes = notes;
      book.mapped(at, `threat_model.threats: ${threat.id} (${status})`);
      if (status === "accepted") {
        // Threagile records who accepted and when, but never until when: the manifest's
        // acceptances expire, so the lead must decide on a date.
        const accepted = isoDate(tracking.date);
        book.toFill(
          at,
          `risk acceptance without expiry: ${threat.id} was accepted${owner ? ` by ${owner}` : ""}${accepted ? ` on ${accepted}` : ""}; add it to risk_acceptances with the management member who decides and an expiry date`,
        );
      }
    }
    for (const [name, value] of Object.entries(asRecord(data.abuse_cases))) {
      const at = `/abuse_cases/${escapePointer(name)}`;
      const type = attackTypeOf(name, String(value ?? ""));
      if (!type) {
        book.noPlace(at, `abuse case ${singleLine(name)}: no attack type of the catalogue fits`);
        continue;
      }
      const id = manifestId(`abuse-${name.toLowerCase()}`);
      if (!id) continue;
      const threat = {
        id: threatIds.unique(id),
        title: singleLine(singleLine(value, 200) ?? `Abuse case: ${name}`, 200),
        attack_type: type,
        status: "open",
      };
      threats.set(`abuse:${name}`, threat);
      book.mapped(at, `threat_model.threats: ${threat.id} (attack type ${type})`);
    }
    if (threats.size > 0) {
      threatModel.threats = [...threats.values()];
      book.toFill(
        "/risk_tracking",
        "threat_model.threats: likelihood and impact of tracked risks (Threagile computes them when it runs; they are not in the model file)",
      );
    }
    if (Object.keys(threatModel).length > 0) manifest.threat_model = threatModel;
    for (const key of [
      "title",
      "date",
      "abuse_cases",
      "individual_risk_categories",
      "risk_tracking",
      "technical_assets",
    ])
      book.use(`/${key}`);
    book.reportUnread(source.data, 1);
    return { manifest, notes: book.notes };
  },
};

const STRIDE = new Set([
  "spoofing",
  "tampering",
  "repudiation",
  "information-disclosure",
  "denial-of-service",
  "elevation-of-privilege",
]);

const LIKELIHOOD: Record<string, string> = {
  unlikely: "rare",
  likely: "occasional",
  "very-likely": "frequent",
  frequent: "very-frequent",
};

const IMPACT: Record<string, string> = {
  low: "negligible",
  medium: "limited",
  high: "considerable",
  "very-high": "existential",
};

const STATUS: Record<string, Record<string, string>> = {
  unchecked: { status: "open" },
  "in-discussion": { status: "open" },
  "in-progress": { status: "in-treatment", treatment: "mitigate" },
  mitigated: { status: "treated", treatment: "mitigate" },
  accepted: { status: "treated", treatment: "accept" },
  "false-positive": { status: "obsolete" },
};

const CONFIDENTIALITY: Record<string, string> = {
  public: "normal",
  internal: "normal",
  restricted: "high",
  confidential: "high",
  "strictly-confidential": "very-high",
};

const CRITICALITY: Record<string, string> = {
  archive: "normal",
  operational: "normal",
  important: "high",
  critical: "very-high",
  "mission-critical": "very-high",
};

function protectionNeeds(asset: Record<string, unknown>): Record<string, string> | undefined {
  const c = CONFIDENTIALITY[String(asset.confidentiality)];
  const i = CRITICALITY[String(asset.integrity)];
  const a = CRITICALITY[String(asset.availability)];
  return c && i && a ? { confidentiality: c, integrity: i, availability: a } : undefined;
}
