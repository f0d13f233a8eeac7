import { daysBetween, isIsoDate } from "../manifest/iso-date.js";
import { hasLeftBy } from "../rules/current-member.js";
import { ORDERED_FACTS } from "../rules/profile.js";
import type { ChangeKind } from "../vocabulary/change-kinds.js";

type Data = Record<string, unknown>;

/** One detected change, before approval is resolved and texts are chosen. */
export interface DetectedChange {
  kind: ChangeKind;
  /** The item it is about: a rule id and scope, a threat id, a field, a name. */
  subject: string;
  from?: string;
  to?: string;
  /** Where to show it: the head manifest for what is there, the base for what was removed. */
  side: "head" | "base";
  pointer: string;
  /** For decisions: the person named as deciding. */
  decider?: string;
  /** For waivers: the index in the head's list (pending waivers do not apply). */
  waiverIndex?: number;
  /** Undo this change on a copy of the head's data, in place (no list index moves before it). */
  revert?: (head: Data) => void;
  /** Findings below this pointer in the reverted data are artefacts of the revert, not gaps. */
  neutralised?: string;
  /** For the author's own entry: trainings whose evidence file this same PR adds or changes. */
  evidenceInPullRequest?: number;
}

export interface DiffFacts {
  /** The PR author's login (their own team entry is self-certified). */
  author?: string;
  /** Files the PR changes: evidence added in the same PR is called out. */
  changedFiles?: readonly string[];
  today: string;
}

const asObject = (value: unknown): Data =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
const laterDate = (a: unknown, b: unknown): boolean =>
  isIsoDate(a) && (!isIsoDate(b) || daysBetween(b, a) > 0);
const clone = <T>(value: T): T => structuredClone(value);

/** The semantic diff of two manifests; without a base, everything the head decides is new. */
export function diffManifests(
  base: Data | undefined,
  head: Data,
  facts: DiffFacts,
): DetectedChange[] {
  const before = base ?? {};
  return [
    ...waiverChanges(before, head),
    ...acceptanceChanges(before, head),
    ...signOffChanges(before, head),
    ...(base ? peopleChanges(before, head) : []),
    ...(base ? profileChanges(before, head) : []),
    ...(base ? componentChanges(before, head) : []),
    ...(base ? registerChanges(before, head) : []),
    ...(base ? teamChanges(before, head, facts) : []),
    ...authorChanges(base, head, facts),
  ];
}

// ---- decisions -----------------------------------------------------------------------------

function waiverChanges(base: Data, head: Data): DetectedChange[] {
  const identity = (w: Data) => `${text(w.rule) ?? ""}\u0000${text(w.scope) ?? ""}`;
  const subject = (w: Data) =>
    w.scope === undefined ? (text(w.rule) ?? "?") : `${text(w.rule) ?? "?"} (${text(w.scope)})`;
  const before = asArray(base.waivers).map(asObject);
  const after = asArray(head.waivers).map(asObject);
  const changes: DetectedChange[] = [];
  after.forEach((waiver, index) => {
    const pointer = `/waivers/${index}`;
    const same = before.find((w) => identity(w) === identity(waiver));
    const common = {
      subject: subject(waiver),
      side: "head" as const,
      pointer,
      decider: text(waiver.approved_by),
      waiverIndex: index,
    };
    if (!same) {
      const sameRule = before.find((w) => w.rule === waiver.rule);
      changes.push(
        sameRule
          ? {
              ...common,
              kind: "waiver-scope-changed",
              from: subject(sameRule),
              to: subject(waiver),
            }
          : { ...common, kind: "waiver-added", to: text(waiver.expires) },
      );
    } else if (same.approved_by !== waiver.approved_by) {
      changes.push({
        ...common,
        kind: "waiver-approver-changed",
        from: text(same.approved_by),
        to: text(waiver.approved_by),
      });
    } else if (laterDate(waiver.expires, same.expires)) {
      changes.push({
        ...common,
        kind: "waiver-extended",
        from: text(same.expires),
        to: text(waiver.expires),
      });
    }
  });
  before.forEach((waiver, index) => {
    if (!after.some((w) => identity(w) === identity(waiver)))
      changes.push({
        kind: "waiver-removed",
        subject: subject(waiver),
        side: "base",
        pointer: `/waivers/${index}`,
      });
  });
  return changes;
}

function acceptanceChanges(base: Data, head: Data): DetectedChange[] {
  const before = asArray(base.risk_acceptances).map(asObject);
  const after = asArray(head.risk_acceptances).map(asObject);
  const changes: DetectedChange[] = [];
  after.forEach((acceptance, index) => {
    const pointer = `/risk_acceptances/${index}`;
    const same = before.find((a) => a.threat === acceptance.threat);
    // Undo: the base's decision stands (or none), in the same place so no other item moves.
    const revert = (data: Data) => {
      const list = asArray(data.risk_acceptances);
      list[index] = same ? clone(same) : {};
    };
    const common = {
      subject: text(acceptance.threat) ?? "?",
      side: "head" as const,
      pointer,
      decider: text(acceptance.accepted_by),
      revert,
      neutralised: pointer,
    };
    if (!same) changes.push({ ...common, kind: "acceptance-added", to: text(acceptance.expires) });
    else if (same.accepted_by !== acceptance.accepted_by)
      changes.push({
        ...common,
        kind: "acceptance-approver-changed",
        from: text(same.accepted_by),
        to: text(acceptance.accepted_by),
      });
    else if (laterDate(acceptance.expires, same.expires))
      changes.push({
        ...common,
        kind: "acceptance-extended",
        from: text(same.expires),
        to: text(acceptance.expires),
      });
  });
  before.forEach((acceptance, index) => {
    if (!after.some((a) => a.threat === acceptance.threat))
      changes.push({
        kind: "acceptance-removed",
        subject: text(acceptance.threat) ?? "?",
        side: "base",
        pointer: `/risk_acceptances/${index}`,
      });
  });
  return changes;
}

function signOffChanges(base: Data, head: Data): DetectedChange[] {
  const before = asObject(base.threat_model);
  const after = asObject(head.threat_model);
  if (after.approved_by !== undefined) {
    const changed =
      before.approved_by !== after.approved_by || laterDate(after.approved, before.approved);
    if (!changed) return [];
    return [
      {
        kind: "sign-off-added",
        subject: text(after.approved_by) ?? "?",
        from: text(before.approved),
        to: text(after.approved),
        side: "head",
        pointer: "/threat_model/approved_by",
        decider: text(after.approved_by),
        revert: (data) => {
          const model = asObject(data.threat_model);
          for (const field of ["approved_by", "approved"]) {
            if (before[field] === undefined) delete model[field];
            else model[field] = clone(before[field]);
          }
        },
      },
    ];
  }
  return before.approved_by !== undefined
    ? [
        {
          kind: "sign-off-removed",
          subject: text(before.approved_by) ?? "?",
          side: "base",
          pointer: "/threat_model/approved_by",
        },
      ]
    : [];
}

// ---- people --------------------------------------------------------------------------------

function peopleChanges(base: Data, head: Data): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const team = (data: Data) => asArray(data.team).map(asObject);
  const beforeTeam = team(base);
  team(head).forEach((member, index) => {
    const before = beforeTeam.find((m) => m.name === member.name);
    const pointer = `/team/${index}`;
    const name = text(member.name) ?? "?";
    if (member.role === "management" && before?.role !== "management")
      changes.push({ kind: "management-added", subject: name, side: "head", pointer });
    else if (member.role === "management" && before && before.github !== member.github)
      changes.push({
        kind: "management-changed",
        subject: name,
        from: text(before.github),
        to: text(member.github),
        side: "head",
        pointer: `${pointer}/github`,
      });
    if (member.security_champion === true && before?.security_champion !== true)
      changes.push({ kind: "champion-added", subject: name, side: "head", pointer });
  });
  const sponsor = (data: Data) => asObject(asObject(data.management).sponsor);
  const [was, now] = [sponsor(base), sponsor(head)];
  if (now.name !== undefined && (was.name !== now.name || was.github !== now.github))
    changes.push({
      kind: was.name === now.name ? "management-changed" : "management-added",
      subject: text(now.name) ?? "?",
      from: text(was.name === now.name ? was.github : was.name),
      to: text(was.name === now.name ? now.github : now.name),
      side: "head",
      pointer: "/management/sponsor",
    });
  return changes;
}

// ---- the profile and the scope --------------------------------------------------------------

const EXPOSURE = ["offline", "internal", "internet"];
const AXES = ["confidentiality", "integrity", "availability"];

/** A value that is missing or lower on its scale than before (unknown values count as changed). */
function lowered(scale: readonly string[], before: unknown, after: unknown): boolean {
  if (before === undefined || before === after) return false;
  if (after === undefined) return true;
  const [b, a] = [scale.indexOf(String(before)), scale.indexOf(String(after))];
  return b < 0 || a < 0 || a < b;
}

/** Sets (or removes) `key` of the object at `path` in the data, creating objects on the way. */
function restore(data: Data, path: string[], key: string, value: unknown): void {
  let target = data;
  for (const step of path) {
    if (!target[step] || typeof target[step] !== "object" || Array.isArray(target[step]))
      target[step] = {};
    target = target[step] as Data;
  }
  if (value === undefined) delete target[key];
  else target[key] = clone(value);
}

function profileChanges(base: Data, head: Data): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const org = (data: Data) => asObject(data.organisation);
  const [was, now] = [org(base), org(head)];
  const field = (
    path: string[],
    key: string,
    scale: readonly string[] | undefined,
    before: unknown,
    after: unknown,
  ) => {
    const changed = scale
      ? lowered(scale, before, after)
      : before !== undefined && before !== after;
    if (!changed) return;
    const pointer = `/${[...path, key].join("/")}`;
    changes.push({
      kind: "profile-lowered",
      subject: [...path.slice(1), key].join("."),
      from: text(before),
      to: text(after) ?? "—",
      side: after === undefined ? "base" : "head",
      pointer,
      revert: (data) => restore(data, path, key, before),
    });
  };
  field(["organisation"], "size", ORDERED_FACTS.size, was.size, now.size);
  // Rules are tailored by sector without an order: any change may drop some.
  field(["organisation"], "sector", undefined, was.sector, now.sector);
  field(
    ["organisation"],
    "digitalisation_level",
    ORDERED_FACTS.digitalisation_level,
    was.digitalisation_level,
    now.digitalisation_level,
  );
  const needs = (data: Data) => asObject(data.protection_needs);
  for (const axis of AXES)
    field(
      ["organisation", "protection_needs"],
      axis,
      ORDERED_FACTS.protection,
      needs(was)[axis],
      needs(now)[axis],
    );
  const regulation = (data: Data) => asObject(data.regulation);
  field(
    ["organisation", "regulation"],
    "nis2",
    ORDERED_FACTS.nis2,
    regulation(was).nis2,
    regulation(now).nis2,
  );
  if (regulation(was).cra_product === true && regulation(now).cra_product !== true)
    field(
      ["organisation", "regulation"],
      "cra_product",
      undefined,
      true,
      regulation(now).cra_product,
    );
  const topicsAfter = asArray(now.topics);
  for (const topic of asArray(was.topics)) {
    if (typeof topic !== "string" || topicsAfter.includes(topic)) continue;
    changes.push({
      kind: "profile-lowered",
      subject: "topics",
      from: topic,
      to: "—",
      side: "head",
      pointer: "/organisation/topics",
      revert: (data) => {
        const organisation = asObject(data.organisation);
        organisation.topics = [...asArray(organisation.topics), topic];
        data.organisation = organisation;
      },
    });
  }
  const phase = (data: Data) => asObject(data.project).phase;
  field(["project"], "phase", ORDERED_FACTS.phase, phase(base), phase(head));
  return changes;
}

/**
 * Pairs the base's items of a top-level list with the head's by `key`. A removed item is a change
 * of `removed` kind, undone by appending it at the end (so no item before it moves); the pairs
 * found are handed to `compare` with the item's index in the head.
 */
function pairItems(
  base: Data,
  head: Data,
  list: "components" | "team",
  key: "id" | "name",
  removed: ChangeKind,
  compare: (was: Data, now: Data, index: number, subject: string) => void,
): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const after = asArray(head[list]).map(asObject);
  asArray(base[list])
    .map(asObject)
    .forEach((was, baseIndex) => {
      const subject = text(was[key]) ?? "?";
      const index = after.findIndex((item) => item[key] === was[key]);
      if (index >= 0) {
        compare(was, after[index] as Data, index, subject);
        return;
      }
      changes.push({
        kind: removed,
        subject,
        side: "base",
        pointer: `/${list}/${baseIndex}`,
        revert: (data) => {
          data[list] = [...asArray(data[list]), clone(was)];
        },
      });
    });
  return changes;
}

function componentChanges(base: Data, head: Data): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const removed = pairItems(
    base,
    head,
    "components",
    "id",
    "component-removed",
    (was, now, index, id) => {
      const pointer = `/components/${index}`;
      const component = (data: Data) => asObject(asArray(data.components)[index]);
      const dropped = asArray(was.paths).filter((glob) => !asArray(now.paths).includes(glob));
      if (dropped.length > 0)
        changes.push({
          kind: "component-paths-narrowed",
          subject: id,
          from: dropped.map(String).join(", "),
          side: "head",
          pointer: `${pointer}/paths`,
          revert: (data) => {
            component(data).paths = clone(was.paths);
          },
        });
      if (lowered(EXPOSURE, was.exposure, now.exposure))
        changes.push({
          kind: "component-exposure-lowered",
          subject: id,
          from: text(was.exposure),
          to: text(now.exposure) ?? "—",
          side: "head",
          pointer: `${pointer}/exposure`,
          revert: (data) => {
            component(data).exposure = clone(was.exposure);
          },
        });
      for (const axis of AXES) {
        const [b, a] = [asObject(was.protection_needs)[axis], asObject(now.protection_needs)[axis]];
        if (lowered(ORDERED_FACTS.protection as readonly string[], b, a))
          changes.push({
            kind: "component-protection-lowered",
            subject: `${id}.${axis}`,
            from: text(b),
            to: text(a) ?? "—",
            side: "head",
            pointer: `${pointer}/protection_needs`,
            revert: (data) => restore(component(data), ["protection_needs"], axis, b),
          });
      }
    },
  );
  return [...removed, ...changes];
}

/** Items of the risk register removed: their gaps disappear with them. */
function registerChanges(base: Data, head: Data): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const model = (data: Data) => asObject(data.threat_model);
  for (const [list, kind] of [
    ["threats", "threat-removed"],
    ["mitigations", "mitigation-removed"],
  ] as const) {
    const after = asArray(model(head)[list]).map(asObject);
    asArray(model(base)[list])
      .map(asObject)
      .forEach((item, index) => {
        if (after.some((i) => i.id === item.id)) return;
        changes.push({
          kind,
          subject: text(item.id) ?? "?",
          side: "base",
          pointer: `/threat_model/${list}/${index}`,
          revert: (data) => {
            const threatModel = asObject(data.threat_model);
            threatModel[list] = [...asArray(threatModel[list]), clone(item)];
            data.threat_model = threatModel;
          },
        });
      });
  }
  const mitigationsBefore = asArray(model(base).mitigations).map(asObject);
  asArray(model(head).mitigations)
    .map(asObject)
    .forEach((mitigation, index) => {
      if (mitigation.status !== "implemented") return;
      const was = mitigationsBefore.find((m) => m.id === mitigation.id);
      if (was?.status === "implemented") return;
      changes.push({
        kind: "mitigation-implemented",
        subject: text(mitigation.id) ?? "?",
        from: text(was?.status),
        side: "head",
        pointer: `/threat_model/mitigations/${index}/status`,
      });
    });
  return changes;
}

const trainingIdentity = (t: Data) => `${text(t.topic) ?? ""}\u0000${text(t.date) ?? ""}`;

function teamChanges(base: Data, head: Data, facts: DiffFacts): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const removed = pairItems(
    base,
    head,
    "team",
    "name",
    "member-removed",
    (was, now, index, name) => {
      const member = (data: Data) => asObject(asArray(data.team)[index]);
      const leftNow = hasLeftBy(now, facts.today);
      const leftBefore = hasLeftBy(was, facts.today);
      if (leftNow && !leftBefore)
        changes.push({
          kind: "member-left",
          subject: name,
          to: text(now.left),
          side: "head",
          pointer: `/team/${index}/left`,
          revert: (data) => restore(member(data), [], "left", was.left),
        });
      const trainingsAfter = asArray(now.trainings).map(asObject);
      for (const training of asArray(was.trainings).map(asObject)) {
        if (trainingsAfter.some((t) => trainingIdentity(t) === trainingIdentity(training)))
          continue;
        changes.push({
          kind: "training-removed",
          subject: `${name}: ${text(training.topic) ?? "?"}`,
          from: text(training.date),
          side: "head",
          pointer: `/team/${index}`,
          revert: (data) => {
            const entry = member(data);
            entry.trainings = [...asArray(entry.trainings), clone(training)];
          },
        });
      }
    },
  );
  return [...removed, ...changes];
}

/**
 * The PR author's own team entry, added or with new trainings: self-certified. Reverting puts
 * the base's entry back in its place (or the entry without login and trainings when it is new).
 */
function authorChanges(base: Data | undefined, head: Data, facts: DiffFacts): DetectedChange[] {
  const author = facts.author?.toLowerCase();
  if (!author) return [];
  const team = asArray(head.team).map(asObject);
  const index = team.findIndex(
    (m) => typeof m.github === "string" && m.github.toLowerCase() === author,
  );
  if (index < 0) return [];
  const now = team[index] as Data;
  const was = asArray(base?.team)
    .map(asObject)
    .find(
      (m) =>
        (typeof m.github === "string" && m.github.toLowerCase() === author) || m.name === now.name,
    );
  const before = asArray(was?.trainings).map(asObject);
  const added = asArray(now.trainings)
    .map(asObject)
    .filter((t) => !before.some((b) => trainingIdentity(b) === trainingIdentity(t)));
  const identityChanged = !was || was.github !== now.github || was.role !== now.role;
  if (added.length === 0 && !identityChanged) return [];
  const changed = new Set((facts.changedFiles ?? []).map((f) => f.toLowerCase()));
  const evidenceInPr = added.filter(
    (t) => typeof t.evidence === "string" && changed.has(t.evidence.toLowerCase()),
  ).length;
  const topics = added.map((t) => `${text(t.topic) ?? "?"} ${text(t.date) ?? ""}`.trim());
  return [
    {
      kind: "author-entry-changed",
      subject: text(now.name) ?? facts.author ?? "?",
      from: was ? undefined : "new",
      to: topics.join(", ") || undefined,
      evidenceInPullRequest: evidenceInPr,
      side: "head",
      pointer: `/team/${index}`,
      revert: (data) => {
        const list = asArray(data.team);
        const { github: _github, trainings: _trainings, ...rest } = now;
        list[index] = was ? clone(was) : clone(rest);
      },
    },
  ];
}
