import { describe, expect, it } from "vitest";
import { importFixture, importText, notesOf } from "./import-helpers.js";

const MODEL = "threagile/threagile-example-model.yaml";

describe("import threagile", () => {
  const out = importFixture("threagile", MODEL);
  const threat = (id: string) =>
    out.data.threat_model.threats.find((t: { id: string }) => t.id === id);

  it("the example model gives a valid manifest", () => {
    expect(out.problems).toEqual([]);
    expect(out.data.project.name).toBe("Some Example Application");
    expect(out.data.threat_model.created).toBe("2020-07-01");
  });

  it("technical assets in scope become components; out-of-scope clients do not", () => {
    const ids = out.data.components.map((c: { id: string }) => c.id);
    expect(ids).toEqual([
      "load-balancer",
      "apache-webserver",
      "identity-provider",
      "ldap-auth-server",
      "marketing-cms",
      "erp-system",
      "contract-file-server",
      "sql-database",
      "git-repo",
      "jenkins-build-server",
    ]);
    expect(notesOf(out.notes, "no-place")).toContain(
      "technical asset customer-client: out of scope in the model, not imported",
    );
  });

  it("exposure: internet when an internet asset links to it, internal inside a trust boundary", () => {
    const exposure = (id: string) =>
      out.data.components.find((c: { id: string }) => c.id === id).exposure;
    expect(exposure("load-balancer")).toBe("internet");
    expect(exposure("sql-database")).toBe("internal");
    expect(exposure("erp-system")).toBe("internal");
  });

  it("CIA ratings become protection needs, data assets become the component's data", () => {
    const db = out.data.components.find((c: { id: string }) => c.id === "sql-database");
    expect(db.protection_needs).toEqual({
      confidentiality: "very-high",
      integrity: "very-high",
      availability: "very-high",
    });
    expect(db.data).toContain("Customer Accounts");
  });

  it("risk tracking sets status, treatment, owner and notes; the acceptance without expiry is flagged", () => {
    expect(threat("untrusted-deserialization.erp-system")).toMatchObject({
      component: "erp-system",
      status: "treated",
      treatment: "accept",
      owner: "John Doe",
      notes: "Risk accepted as tolerable. Ticket XYZ-1234",
    });
    expect(threat("dos-risky-access-across-trust-boundary.any.any.any")).toMatchObject({
      status: "in-treatment",
      treatment: "mitigate",
    });
    expect(threat("missing-hardening.any")).toMatchObject({
      status: "treated",
      treatment: "mitigate",
    });
    expect(notesOf(out.notes, "to-fill").join("\n")).toMatch(
      /risk acceptance without expiry: untrusted-deserialization.erp-system was accepted by John Doe on 2020-01-04/,
    );
    expect(out.data.risk_acceptances).toEqual([]);
  });

  it("individual risks keep their likelihood, impact and STRIDE category", () => {
    expect(threat("something-strange.sql-database")).toMatchObject({
      title: "Example Individual Risk at Database",
      component: "sql-database",
      category: "repudiation",
      likelihood: "occasional",
      impact: "limited",
    });
  });

  it("abuse cases become threats with an attack type only where the catalogue has one", () => {
    expect(threat("abuse-ransomware")).toMatchObject({ attack_type: "ransomware" });
    expect(threat("abuse-denial-of-service")).toMatchObject({ attack_type: "ddos" });
    expect(
      out.data.threat_model.threats.some((t: { id: string }) => t.id === "abuse-cpu-cycle-theft"),
    ).toBe(false);
    expect(notesOf(out.notes, "no-place")).toContain(
      "abuse case CPU-Cycle Theft: no attack type of the catalogue fits",
    );
  });

  it("an asset flagged internet: true is internet-facing itself", () => {
    const small = importText(
      "threagile",
      "threagile.yaml",
      "threagile_version: 1.0.0\ntitle: Shop\ntechnical_assets:\n  Web:\n    id: web\n    internet: true\n",
    );
    expect(small.data.components).toEqual([{ id: "web", name: "Web", exposure: "internet" }]);
  });
});
