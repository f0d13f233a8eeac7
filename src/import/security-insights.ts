import type { YamlSource } from "../manifest/yaml-source.js";
import type { Importer, ImportResult } from "./importer.js";
import { NoteBook } from "./note-book.js";
import {
  asList,
  asRecord,
  githubLogin,
  httpsUrl,
  isoDate,
  isRecord,
  partyName,
  repoPath,
  singleLine,
} from "./source-values.js";

/**
 * OpenSSF Security Insights (SECURITY-INSIGHTS.yml), spec v1 and v2: contacts, the reporting
 * policy, the SBOM, assessments as reviews, the threat model, the people (v2: core team and
 * champions). The two versions differ in shape; both are read here.
 */
export const securityInsights: Importer = {
  name: "security-insights",
  title: "OpenSSF Security Insights",
  syntax: "yaml",
  detect: (data) => /^[12]\./.test(String(asRecord(asRecord(data).header)["schema-version"] ?? "")),
  map(source) {
    const data = asRecord(source.data);
    const version = String(asRecord(data.header)["schema-version"]);
    return version.startsWith("1.") ? mapV1(source, data) : mapV2(source, data);
  },
};

interface Person {
  name: string;
  github?: string;
  security_champion?: boolean;
}

function addPerson(team: Person[], person: Person): void {
  const same = team.find(
    (p) => p.name === person.name || (person.github && p.github === person.github),
  );
  if (same) {
    if (person.security_champion) same.security_champion = true;
    same.github ??= person.github;
  } else team.push(person);
}

function teamEntries(team: Person[]): Record<string, unknown>[] {
  // Security Insights says nothing about a person's role in the company: developer is the
  // usual one for a maintainer, and the lead is told to check it.
  return team.map((p) => ({
    name: p.name,
    ...(p.github ? { github: p.github } : {}),
    role: "developer",
    ...(p.security_champion ? { security_champion: true } : {}),
  }));
}

function mapV2(source: YamlSource, data: Record<string, unknown>): ImportResult {
  const book = new NoteBook();
  const manifest: Record<string, unknown> = {};
  const project: Record<string, unknown> = {};
  const vuln: Record<string, unknown> = {};
  const team: Person[] = [];
  const reviews: Record<string, unknown>[] = [];
  const threatModel: Record<string, unknown> = {};
  book.use("/header");
  const p = asRecord(data.project);
  const r = asRecord(data.repository);
  const name = singleLine(p.name, 200);
  if (name) {
    project.name = name;
    book.mapped("/project/name", `project.name: ${name}`);
  }
  const repository = httpsUrl(r.url) ?? httpsUrl(asRecord(data.header).url);
  if (repository) {
    project.repository = repository;
    book.mapped(r.url ? "/repository/url" : "/header/url", `project.repository: ${repository}`);
  }
  asList(p.administrators).forEach((admin, i) => {
    const a = asRecord(admin);
    const person = partyName(a.name);
    if (!person) return;
    if (a.primary === true && !project.lead) {
      project.lead = { name: person };
      book.mapped(
        `/project/administrators/${i}`,
        `project.lead: ${person} (primary administrator)`,
      );
    } else {
      book.noPlace(
        `/project/administrators/${i}`,
        `administrator ${person}: add to team if they work on the project`,
      );
    }
  });
  const reporting = asRecord(p["vulnerability-reporting"]);
  book.use("/project/vulnerability-reporting");
  const contact = asRecord(reporting.contact);
  const email = singleLine(contact.email, 300) ?? httpsUrl(reporting["security-policy"]);
  if (singleLine(contact.email, 300)) {
    vuln.contact = singleLine(contact.email, 300);
    book.mapped(
      "/project/vulnerability-reporting/contact",
      `vulnerability_handling.contact: ${vuln.contact}`,
    );
  }
  const policy =
    httpsUrl(reporting["security-policy"]) ??
    httpsUrl(asRecord(r.documentation)["security-policy"]);
  if (policy) {
    vuln.policy = repoPath(policy, repository) ?? policy;
    book.mapped(
      reporting["security-policy"]
        ? "/project/vulnerability-reporting/security-policy"
        : "/repository/documentation/security-policy",
      `vulnerability_handling.policy: ${vuln.policy}`,
    );
  }
  if (reporting["reports-accepted"] === false)
    book.toFill(
      "/project/vulnerability-reporting/reports-accepted",
      "the project accepts no vulnerability reports: the Cyber Resilience Act expects a way to report them",
    );
  if (!email && !vuln.contact)
    book.toFill(
      "/project/vulnerability-reporting",
      "vulnerability_handling.contact: the file names no address for reports",
    );
  asList(r["core-team"]).forEach((member, i) => {
    const m = asRecord(member);
    const person = partyName(m.name);
    if (!person) return;
    addPerson(team, {
      name: person,
      ...(githubLogin(m.social) ? { github: githubLogin(m.social) } : {}),
    });
    book.mapped(`/repository/core-team/${i}`, `team: ${person}`);
  });
  const security = asRecord(r.security);
  asList(security.champions).forEach((champion, i) => {
    const c = asRecord(champion);
    const person = partyName(c.name);
    if (!person) return;
    addPerson(team, { name: person, security_champion: true });
    book.mapped(`/repository/security/champions/${i}`, `team: ${person} (security champion)`);
  });
  const assessments = asRecord(security.assessments);
  const assessment = (value: unknown, at: string, independent: boolean) => {
    const a = asRecord(value);
    const date = isoDate(a.date);
    const evidence = httpsUrl(a.evidence) ?? singleLine(a.evidence);
    const report = evidence ? repoPath(evidence, repository) : undefined;
    const what = independent ? "third-party assessment" : "self-assessment";
    if (!date) {
      book.toFill(
        at,
        `reviews: the ${what}${evidence ? ` (${evidence})` : ""} has no date; add it as a review with its date`,
      );
      return;
    }
    reviews.push({ kind: "audit", date, independent, ...(report ? { report } : {}) });
    book.mapped(
      at,
      `reviews: ${what} of ${date} as an audit${independent ? " (independent)" : ""}`,
    );
    if (evidence && !report)
      book.noPlace(
        `${at}/evidence`,
        `the ${what}'s evidence ${evidence} is outside the repository; reviews[].report wants a file in it`,
      );
  };
  if (isRecord(assessments.self))
    assessment(assessments.self, "/repository/security/assessments/self", false);
  asList(assessments["third-party"]).forEach((a, i) => {
    assessment(a, `/repository/security/assessments/third-party/${i}`, true);
  });
  // v2 has no field for the threat model; a self-assessment whose evidence is one is common.
  const selfEvidence = singleLine(asRecord(assessments.self).evidence);
  if (selfEvidence && /threat[-_ ]?model/i.test(selfEvidence)) {
    const document = repoPath(selfEvidence, repository);
    if (document) {
      threatModel.document = document;
      book.mapped(
        "/repository/security/assessments/self/evidence",
        `threat_model.document: ${document}`,
      );
    }
  }
  asList(asRecord(r.release).attestations).forEach((attestation, i) => {
    const a = asRecord(attestation);
    const kind = `${a.name ?? ""} ${a["predicate-uri"] ?? ""}`;
    if (!/sbom|spdx|cyclonedx/i.test(kind)) return;
    const location = singleLine(a.location);
    const path = location ? repoPath(location, repository) : undefined;
    if (path && !vuln.sbom) {
      vuln.sbom = path;
      book.mapped(`/repository/release/attestations/${i}`, `vulnerability_handling.sbom: ${path}`);
    } else {
      book.noPlace(
        `/repository/release/attestations/${i}`,
        `SBOM ${location ?? ""} is published outside the repository; vulnerability_handling.sbom wants a file in it`,
      );
    }
  });
  asList(security.tools).forEach((tool, i) => {
    book.noPlace(
      `/repository/security/tools/${i}`,
      `security tool ${singleLine(asRecord(tool).name) ?? i}: no place in the manifest`,
    );
  });
  return finish(source, book, manifest, { project, vuln, team, reviews, threatModel }, 3);
}

function mapV1(source: YamlSource, data: Record<string, unknown>): ImportResult {
  const book = new NoteBook();
  const manifest: Record<string, unknown> = {};
  const project: Record<string, unknown> = {};
  const vuln: Record<string, unknown> = {};
  const team: Person[] = [];
  const reviews: Record<string, unknown>[] = [];
  const threatModel: Record<string, unknown> = {};
  const header = asRecord(data.header);
  book.use("/header");
  const repository = httpsUrl(header["project-url"]);
  if (repository) {
    project.repository = repository;
    const name = singleLine(repository.replace(/\/+$/, "").split("/").pop());
    if (name) project.name = name;
    book.mapped(
      "/header/project-url",
      `project.repository: ${repository}${name ? `; project.name: ${name}` : ""}`,
    );
  }
  const lifecycle = asRecord(data["project-lifecycle"]);
  asList(lifecycle["core-team"]).forEach((member, i) => {
    const m = asRecord(member);
    const login = githubLogin(m.contact);
    const person = partyName(m.name) ?? login;
    if (!person) return;
    addPerson(team, { name: person, ...(login ? { github: login } : {}) });
    book.mapped(`/project-lifecycle/core-team/${i}`, `team: ${person}`);
    if (!m.name)
      book.toFill(
        `/project-lifecycle/core-team/${i}`,
        `team: ${person} is only a GitHub login; write the person's full name`,
      );
  });
  asList(lifecycle["core-maintainers"]).forEach((entry, i) => {
    const login = githubLogin(entry);
    if (!login) {
      book.noPlace(
        `/project-lifecycle/core-maintainers/${i}`,
        `core maintainer ${singleLine(entry) ?? ""}: only a contact; add the person to team by name`,
      );
      return;
    }
    if (team.some((p) => p.github === login)) {
      book.use(`/project-lifecycle/core-maintainers/${i}`);
      return;
    }
    addPerson(team, { name: login, github: login });
    book.mapped(`/project-lifecycle/core-maintainers/${i}`, `team: ${login}`);
    book.toFill(
      `/project-lifecycle/core-maintainers/${i}`,
      `team: ${login} is only a GitHub login; write the person's full name`,
    );
  });
  const reporting = asRecord(data["vulnerability-reporting"]);
  book.use("/vulnerability-reporting");
  const contacts = asList(data["security-contacts"]).map(asRecord);
  const primary = contacts.find((c) => c.primary === true) ?? contacts[0];
  const contact = singleLine(reporting["email-contact"]) ?? singleLine(primary?.value);
  if (contact) {
    vuln.contact = contact;
    book.mapped(
      reporting["email-contact"] ? "/vulnerability-reporting/email-contact" : "/security-contacts",
      `vulnerability_handling.contact: ${contact}`,
    );
  }
  if (contacts.length > 0) book.use("/security-contacts");
  const policy = httpsUrl(reporting["security-policy"]);
  if (policy) {
    vuln.policy = repoPath(policy, repository) ?? policy;
    book.mapped(
      "/vulnerability-reporting/security-policy",
      `vulnerability_handling.policy: ${vuln.policy}`,
    );
  }
  if (reporting["accepts-vulnerability-reports"] === false)
    book.toFill(
      "/vulnerability-reporting/accepts-vulnerability-reports",
      "the project accepts no vulnerability reports: the Cyber Resilience Act expects a way to report them",
    );
  const artifacts = asRecord(data["security-artifacts"]);
  const model = asRecord(artifacts["threat-model"]);
  if (model["threat-model-created"] === true) {
    const evidence = singleLine(asList(model["evidence-url"])[0]);
    const document = evidence ? repoPath(evidence, repository) : undefined;
    if (document) {
      threatModel.document = document;
      book.mapped("/security-artifacts/threat-model", `threat_model.document: ${document}`);
    } else {
      book.noPlace(
        "/security-artifacts/threat-model",
        `the threat model${evidence ? ` ${evidence}` : ""} is outside the repository; threat_model.document wants a file in it`,
      );
    }
    book.toFill(
      "/security-artifacts/threat-model",
      "threat_model.created: Security Insights v1 gives no date for the threat model",
    );
  }
  const self = asRecord(artifacts["self-assessment"]);
  if (self["self-assessment-created"] === true)
    book.toFill(
      "/security-artifacts/self-assessment",
      "reviews: the self-assessment has no date in Security Insights v1; add it as a review (kind audit) with its date",
    );
  asList(data["security-assessments"]).forEach((entry, i) => {
    const a = asRecord(entry);
    const auditor = partyName(a["auditor-name"]);
    const year = singleLine(a["report-year"]);
    book.toFill(
      `/security-assessments/${i}`,
      `reviews: the assessment${auditor ? ` by ${auditor}` : ""}${year ? ` (${year})` : ""} has only a year; add it as a review (kind audit, independent: true) with the report's date`,
    );
  });
  asList(asRecord(data.dependencies).sbom).forEach((entry, i) => {
    const file = singleLine(asRecord(entry)["sbom-file"]);
    const path = file ? repoPath(file, repository) : undefined;
    if (path && !vuln.sbom) {
      vuln.sbom = path;
      book.mapped(`/dependencies/sbom/${i}`, `vulnerability_handling.sbom: ${path}`);
    } else {
      book.noPlace(
        `/dependencies/sbom/${i}`,
        `SBOM ${file ?? ""} is published outside the repository; vulnerability_handling.sbom wants a file in it`,
      );
    }
  });
  return finish(source, book, manifest, { project, vuln, team, reviews, threatModel }, 2);
}

function finish(
  source: YamlSource,
  book: NoteBook,
  manifest: Record<string, unknown>,
  parts: {
    project: Record<string, unknown>;
    vuln: Record<string, unknown>;
    team: Person[];
    reviews: Record<string, unknown>[];
    threatModel: Record<string, unknown>;
  },
  unreadDepth: number,
): ImportResult {
  if (Object.keys(parts.project).length > 0) manifest.project = parts.project;
  if (parts.team.length > 0) {
    manifest.team = teamEntries(parts.team);
    book.toFill(
      "",
      "team: Security Insights names no roles; each imported person is a developer until you change it",
    );
  }
  if (Object.keys(parts.threatModel).length > 0) manifest.threat_model = parts.threatModel;
  if (parts.reviews.length > 0) manifest.reviews = parts.reviews;
  if (Object.keys(parts.vuln).length > 0) manifest.vulnerability_handling = parts.vuln;
  if (!parts.vuln.sbom)
    book.toFill("", "vulnerability_handling.sbom: the file names no SBOM kept in the repository");
  book.reportUnread(source.data, unreadDepth);
  return { manifest, notes: book.notes };
}
