import type { Language } from "../i18n/language.js";
import { addDays, dayNumber, isIsoDate } from "../manifest/iso-date.js";
import { authorityOf } from "./authority.js";
import { componentAvailability, componentProtection } from "./check-keywords.js";
import { conditionHolds } from "./condition.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { resolveRule, substituteParams } from "./parameters.js";
import type { ProfileFacts } from "./profile.js";
import type { RuleSet } from "./rule-set.js";
import { isBuiltin, type SchemaCheck } from "./rule-types.js";

/**
 * A duty that falls due soon: not a gap yet, but it becomes one after `due` (the last day the
 * rule still holds), so nothing jumps from fine to high overnight.
 */
export interface Upcoming {
  rule: string;
  pointer: string;
  due: string;
  what: string;
}

type Data = Record<string, unknown>;
type Words = Record<Language, (name: string) => string>;

/**
 * Which date each rule ages, and by which of its parameters: the cadence is the one the rule
 * itself is resolved with for this profile (profile parameter, rule params, rule tuning), so no
 * number is written twice. Whose trainings count is the rule's business too: its own `where`
 * (role, grace period for new joiners, people who left) picks the members, so a training nobody
 * asks that person for is never announced as falling due.
 */
const TRAINING_RULES: {
  rule: string;
  param: string;
  /** Topics the rule accepts (as its check does). */
  topics: string[];
  /** Management briefings attended count too (TR-005). */
  briefings?: boolean;
  words: Words;
}[] = [
  {
    rule: "TR-001",
    param: "awareness_max_age_days",
    topics: ["security-awareness", "management-security"],
    words: {
      en: (n) => `Security-awareness training of ${n}`,
      de: (n) => `Sensibilisierungsschulung von ${n}`,
    },
  },
  {
    rule: "TR-002",
    param: "phishing_max_age_days",
    topics: ["phishing", "social-engineering"],
    words: { en: (n) => `Phishing training of ${n}`, de: (n) => `Phishing-Schulung von ${n}` },
  },
  {
    rule: "TR-003",
    param: "training_max_age_days",
    topics: ["secure-coding"],
    words: {
      en: (n) => `Secure-coding training of ${n}`,
      de: (n) => `Schulung zu sicherer Programmierung von ${n}`,
    },
  },
  {
    rule: "TR-004",
    param: "training_max_age_days",
    topics: ["admin-security"],
    words: {
      en: (n) => `Admin-security training of ${n}`,
      de: (n) => `Schulung zur sicheren Administration von ${n}`,
    },
  },
  {
    rule: "TR-005",
    param: "training_max_age_days",
    topics: ["management-security"],
    briefings: true,
    words: {
      en: (n) => `Management-security training of ${n}`,
      de: (n) => `Sicherheitsschulung für das Management von ${n}`,
    },
  },
  {
    rule: "TR-006",
    param: "training_max_age_days",
    topics: ["incident-response"],
    words: {
      en: (n) => `Incident-response training of ${n}`,
      de: (n) => `Schulung zur Vorfallbehandlung von ${n}`,
    },
  },
];

const WORDS = {
  pentest: {
    en: (id: string) => `Penetration test of component ${id}`,
    de: (id: string) => `Penetrationstest der Komponente ${id}`,
  },
  threatModel: {
    en: () => "Review of the threat model",
    de: () => "Überprüfung des Bedrohungsmodells",
  },
  evaluation: {
    en: () => "Overall security evaluation",
    de: () => "Gesamtbewertung der Sicherheit",
  },
  exercise: {
    en: () => "Exercise of the incident-response plan",
    de: () => "Übung des Notfallplans",
  },
  reporting: {
    en: (regime: string) => `Test of the ${regime} reporting chain`,
    de: (regime: string) => `Test der Meldekette ${regime}`,
  },
  restore: {
    en: (id: string) => `Restore test of component ${id}`,
    de: (id: string) => `Wiederherstellungstest der Komponente ${id}`,
  },
};

/** The window in days; the same parameter that warns of expiring waivers and risk acceptances. */
const WINDOW_PARAM = "expiry_warning_days";

/**
 * Trainings, pentests, threat-model reviews, evaluations and tests that fall due within the
 * window (default 30 days), soonest first. One pass over the manifest: linear in its size.
 * A date already past is a gap, reported by its rule, not listed here.
 */
export function upcomingDuties(
  manifest: Data,
  facts: ProfileFacts,
  ruleSet: RuleSet,
  today: string,
  language: Language,
): Upcoming[] {
  if (!isIsoDate(today)) return [];
  const todayDay = dayNumber(today);
  // Day numbers remembered: a large team's trainings share a few hundred dates.
  const dayCache = new Map<string, number>();
  const dayOf = (value: string): number => {
    let day = dayCache.get(value);
    if (day === undefined) {
      day = dayNumber(value);
      dayCache.set(value, day);
    }
    return day;
  };
  const window = Number(ruleSet.parameters[WINDOW_PARAM]?.default ?? 30);
  const rules = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  const cadences = new Map<string, number | undefined>();
  /** The rule's resolved cadence in days, or undefined when the rule is not loaded or does not apply. */
  const cadence = (ruleId: string, param: string): number | undefined => {
    const key = `${ruleId} ${param}`;
    if (cadences.has(key)) return cadences.get(key);
    const rule = rules.get(ruleId);
    let days: number | undefined;
    if (rule && conditionHolds(rule.applies, facts)) {
      const value = resolveRule(rule, facts, ruleSet.parameters, language).params[param];
      if (typeof value === "number" && Number.isFinite(value)) days = value;
    }
    cadences.set(key, days);
    return days;
  };
  // The members each training rule asks for: the rule's `where`, bound once per rule.
  const whereContext: EvaluationContext = {
    today,
    manifest,
    profile: facts,
    evidenceExists: () => false,
    ruleIds: new Set(rules.keys()),
    authority: authorityOf(manifest, today),
  };
  const admitted = new Map<string, (member: unknown) => boolean>();
  const asks = (ruleId: string, member: unknown): boolean => {
    let admits = admitted.get(ruleId);
    if (!admits) {
      const rule = rules.get(ruleId);
      const check = rule && !isBuiltin(rule.check) ? rule.check : undefined;
      if (check?.where === undefined) admits = () => true;
      else {
        const params = resolveRule(
          rule as NonNullable<typeof rule>,
          facts,
          ruleSet.parameters,
          language,
        ).params;
        const resolved = substituteParams(check, params) as SchemaCheck;
        admits = ruleSet.compiler.bind(resolved.where, whereContext);
      }
      admitted.set(ruleId, admits);
    }
    return admits(member);
  };
  const found: Upcoming[] = [];
  /** Lists the duty when its last valid day lies within the window. */
  // Pointer and words may be given as functions: a wide team asks 250,000 times, lists a few.
  const consider = (
    rule: string,
    pointer: string | (() => string),
    last: unknown,
    days: number | undefined,
    what: string | (() => string),
  ) => {
    if (days === undefined || !isIsoDate(last)) return;
    const day = dayOf(last);
    if (day > todayDay) return; // a date in the future is its own gap (notInFuture)
    const due = day + days;
    if (due >= todayDay && due - todayDay < window)
      found.push({
        rule,
        pointer: typeof pointer === "string" ? pointer : pointer(),
        due: addDays(last, days),
        what: typeof what === "string" ? what : what(),
      });
  };
  const dueOn = (rule: string, pointer: string, date: unknown, what: string) => {
    if (!rules.has(rule) || !conditionHolds(rules.get(rule)?.applies, facts) || !isIsoDate(date))
      return;
    const due = dayOf(date);
    if (due >= todayDay && due - todayDay < window) found.push({ rule, pointer, due: date, what });
  };

  // The latest management-security briefing each person attended (TR-005 accepts it).
  const briefed = new Map<string, { date: string; pointer: string }>();
  const management = (manifest.management ?? {}) as Data;
  (Array.isArray(management.briefings) ? (management.briefings as Data[]) : []).forEach(
    (briefing, at) => {
      const date = briefing?.date;
      if (briefing?.topic !== "management-security" || !isIsoDate(date)) return;
      if (dayOf(date) > todayDay) return;
      for (const name of Array.isArray(briefing.attendees) ? briefing.attendees : []) {
        const seen = briefed.get(String(name));
        if (!seen || dayOf(date) > dayOf(seen.date))
          briefed.set(String(name), { date, pointer: `/management/briefings/${at}/date` });
      }
    },
  );
  const team = Array.isArray(manifest.team) ? (manifest.team as Data[]) : [];
  // Resolved once, not per member: a wide team has 50,000 of them.
  const trainingCadences = TRAINING_RULES.map((spec) => cadence(spec.rule, spec.param));
  // The latest valid training per topic of one member (reused: one map for the whole team).
  const latest = new Map<string, { date: string; at: number }>();
  team.forEach((member, index) => {
    // People who have left are out of scope; a leaving date still ahead keeps them in until then.
    if (isIsoDate(member?.left) && dayOf(member.left) <= todayDay) return;
    const name = String(member?.name ?? "");
    const trainings = Array.isArray(member?.trainings) ? (member.trainings as Data[]) : [];
    latest.clear();
    trainings.forEach((training, at) => {
      const topic = String(training?.topic ?? "");
      const date = training?.date;
      if (!isIsoDate(date) || dayOf(date) > todayDay) return;
      const seen = latest.get(topic);
      if (!seen || dayOf(date) > dayOf(seen.date)) latest.set(topic, { date, at });
    });
    for (const [at, spec] of TRAINING_RULES.entries()) {
      const days = trainingCadences[at];
      if (days === undefined || !asks(spec.rule, member)) continue;
      let best: { date: string; at: number } | undefined;
      for (const topic of spec.topics) {
        const candidate = latest.get(topic);
        if (candidate && (!best || dayOf(candidate.date) > dayOf(best.date))) best = candidate;
      }
      const briefing = spec.briefings ? briefed.get(name) : undefined;
      const what = () => spec.words[language](name);
      if (briefing && (!best || dayOf(briefing.date) > dayOf(best.date)))
        consider(spec.rule, briefing.pointer, briefing.date, days, what);
      else if (best) {
        const training = best.at;
        consider(
          spec.rule,
          () => `/team/${index}/trainings/${training}/date`,
          best.date,
          days,
          what,
        );
      }
    }
  });

  const components = Array.isArray(manifest.components) ? (manifest.components as Data[]) : [];
  const reviews = Array.isArray(manifest.reviews) ? (manifest.reviews as Data[]) : [];
  const pentestDays = cadence("RV-003", "pentest_max_age_days");
  if (pentestDays !== undefined) {
    // The latest penetration test per component in its scope.
    const latest = new Map<string, { date: string; at: number }>();
    reviews.forEach((review, at) => {
      const date = review?.date;
      if (review?.kind !== "penetration-test" || !isIsoDate(date) || dayOf(date) > todayDay) return;
      for (const id of Array.isArray(review.scope) ? review.scope : []) {
        const seen = latest.get(String(id));
        if (!seen || dayOf(date) > dayOf(seen.date)) latest.set(String(id), { date, at });
      }
    });
    for (const component of components) {
      // RV-003's own selection: internet-facing with high protection needs.
      if (
        component?.exposure !== "internet" ||
        componentProtection(component, manifest) === "normal"
      )
        continue;
      const id = String(component.id ?? "");
      const last = latest.get(id);
      if (last)
        consider(
          "RV-003",
          `/reviews/${last.at}/date`,
          last.date,
          pentestDays,
          WORDS.pentest[language](id),
        );
    }
  }

  const threatModel = (manifest.threat_model ?? {}) as Data;
  consider(
    "TM-003",
    "/threat_model/last_reviewed",
    threatModel.last_reviewed,
    cadence("TM-003", "threat_model_review_days"),
    WORDS.threatModel[language](),
  );
  dueOn(
    "GV-005",
    "/evaluation/next_due",
    ((manifest.evaluation ?? {}) as Data).next_due,
    WORDS.evaluation[language](),
  );
  const incident = (manifest.incident_response ?? {}) as Data;
  consider(
    "GV-007",
    "/incident_response/last_exercised",
    incident.last_exercised,
    cadence("GV-007", "incident_exercise_max_age_days"),
    WORDS.exercise[language](),
  );
  const reportingDays = cadence("GV-035", "reporting_test_max_age_days");
  (Array.isArray(incident.reporting) ? (incident.reporting as Data[]) : []).forEach((duty, at) => {
    consider(
      "GV-035",
      `/incident_response/reporting/${at}/last_tested`,
      duty?.last_tested,
      reportingDays,
      WORDS.reporting[language](String(duty?.regime ?? "")),
    );
  });
  const restoreDays = cadence("GV-038", "restore_test_max_age_days");
  components.forEach((component, at) => {
    const recovery = (component?.recovery ?? undefined) as Data | undefined;
    if (!recovery || componentAvailability(component, manifest) === "normal") return;
    consider(
      "GV-038",
      `/components/${at}/recovery/last_restore_test`,
      recovery.last_restore_test,
      restoreDays,
      WORDS.restore[language](String(component.id ?? "")),
    );
  });

  // Soonest first; ties in manifest order of the pointer (code-unit order: no locale).
  return found.sort((a, b) =>
    a.due === b.due
      ? a.pointer < b.pointer
        ? -1
        : a.pointer > b.pointer
          ? 1
          : 0
      : a.due < b.due
        ? -1
        : 1,
  );
}
