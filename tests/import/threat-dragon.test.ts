import { describe, expect, it } from "vitest";
import { importFixture, notesOf } from "./import-helpers.js";

describe("import threat-dragon (OWASP Threat Dragon v2)", () => {
  const out = importFixture("threat-dragon", "threat-dragon/v2-threat-model.json");

  it("the demo model gives a valid manifest with processes and stores as components", () => {
    expect(out.problems).toEqual([]);
    expect(out.data.project.name).toBe("Demo Threat Model");
    expect(out.data.threat_model.reviewed_by).toBe("Jane Smith");
    expect(out.data.components.map((c: { id: string }) => c.id)).toEqual([
      "worker-config",
      "database",
      "message-queue",
      "background-worker-process",
      "web-application",
    ]);
    expect(notesOf(out.notes, "no-place")).toContain(
      "Web Application Config: out of scope in the model, not imported",
    );
  });

  it("threats keep category, severity as impact, status; the mitigation text becomes a mitigation", () => {
    const threat = out.data.threat_model.threats.find(
      (t: { id: string }) => t.id === "7df716cd-a982-48a5-b4ed-800ccb670734",
    );
    expect(threat).toMatchObject({
      title: "Accessing DB credentials",
      component: "worker-config",
      category: "information-disclosure",
      impact: "considerable",
      status: "open",
      mitigations: ["7df716cd-a982-48a5-b4ed-800ccb670734-M"],
    });
    const mitigation = out.data.threat_model.mitigations.find(
      (m: { id: string }) => m.id === "7df716cd-a982-48a5-b4ed-800ccb670734-M",
    );
    expect(mitigation).toEqual({
      id: "7df716cd-a982-48a5-b4ed-800ccb670734-M",
      title:
        "Encrypt the DB credentials in the configuration file. Expire and replace the DB credentials regularly.",
      status: "planned",
    });
    const mitigated = out.data.threat_model.threats.filter(
      (t: { status: string }) => t.status === "treated",
    );
    expect(mitigated.length).toBeGreaterThan(0);
  });

  it("threats on data flows ask for their component", () => {
    expect(
      notesOf(out.notes, "to-fill").some((n) => /sits on a flow; name the component/.test(n)),
    ).toBe(true);
  });

  it("a 2.3 model without threats still gives its components", () => {
    const cms = importFixture("threat-dragon", "threat-dragon/generic-cms.json");
    expect(cms.problems).toEqual([]);
    expect(cms.data.components.length).toBeGreaterThan(0);
  });
});
