import { describe, expect, it } from "vitest";
import { impactOf, likelihoodOf } from "../../src/import/risk-scale.js";
import { importFixture, importText, notesOf } from "./import-helpers.js";

describe("import otm (Open Threat Model)", () => {
  it("buckets 0–100 into quarters, upper bounds included", () => {
    expect([0, 25, 26, 50, 51, 75, 76, 100].map(likelihoodOf)).toEqual([
      "rare",
      "rare",
      "occasional",
      "occasional",
      "frequent",
      "frequent",
      "very-frequent",
      "very-frequent",
    ]);
    expect([0, 25, 26, 50, 51, 75, 76, 100].map(impactOf)).toEqual([
      "negligible",
      "negligible",
      "limited",
      "limited",
      "considerable",
      "considerable",
      "existential",
      "existential",
    ]);
    expect([-1, 101, Number.NaN, "50"].map(likelihoodOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("IriusRisk's example: components with the trust zone's exposure, the threat with bucketed risk and its mitigation's state", () => {
    const out = importFixture("otm", "otm/iriusrisk-EXAMPLE.json");
    expect(out.problems).toEqual([]);
    expect(out.data.project).toMatchObject({ name: "Test project", lead: { name: "John Doe" } });
    const exposure = Object.fromEntries(
      out.data.components.map((c: { id: string; exposure: string }) => [c.id, c.exposure]),
    );
    expect(exposure).toEqual({
      "web-client": "internet",
      "web-service": "internal",
      "customer-database": "internal",
      "class-customerdatabase": "internal",
    });
    expect(out.data.threat_model.threats).toEqual([
      {
        id: "22724267-be7e-44c0-8b1f-d7d33e9a34ec",
        title: "Threat 1",
        component: "web-service",
        category: "spoofing",
        likelihood: "occasional",
        impact: "existential",
        mitigations: ["fd6136f4-e2ff-11eb-ba80-0242ac130004"],
        treatment: "mitigate",
        status: "open",
      },
    ]);
    expect(out.data.threat_model.mitigations).toEqual([
      {
        id: "fd6136f4-e2ff-11eb-ba80-0242ac130004",
        title: "This is the name of mitigation 1",
        status: "implemented",
      },
    ]);
    expect(notesOf(out.notes, "no-place")).toContain(
      "mitigation Mitigation 2: used by no threat of a component",
    );
  });

  it("Threat Dragon's OTM example validates", () => {
    const out = importFixture("otm", "otm/threat-dragon-example-open-threat-model.json");
    expect(out.problems).toEqual([]);
    expect(out.data.components.length).toBeGreaterThan(0);
  });

  it("a threat on two components becomes one threat per component; states map onto statuses", () => {
    const otm = {
      otmVersion: "0.2.0",
      project: { name: "P", id: "p" },
      trustZones: [{ id: "z", name: "Private", risk: { trustRating: 90 } }],
      components: [
        {
          id: "a",
          name: "A",
          parent: { trustZone: "z" },
          threats: [{ threat: "t", state: "mitigated" }],
        },
        {
          id: "b",
          name: "B",
          parent: { trustZone: "z" },
          threats: [{ threat: "t", state: "not-applicable" }],
        },
      ],
      threats: [
        {
          id: "t",
          name: "T",
          categories: ["Denial of service"],
          risk: { likelihood: 80, impact: 10 },
        },
      ],
    };
    const out = importText("otm", "m.otm.json", JSON.stringify(otm, null, 2));
    expect(out.problems).toEqual([]);
    expect(out.data.threat_model.threats).toEqual([
      {
        id: "t.a",
        title: "T",
        component: "a",
        category: "denial-of-service",
        likelihood: "very-frequent",
        impact: "negligible",
        status: "treated",
      },
      {
        id: "t.b",
        title: "T",
        component: "b",
        category: "denial-of-service",
        likelihood: "very-frequent",
        impact: "negligible",
        status: "obsolete",
      },
    ]);
  });

  it("a threat without a 0–100 rating is imported unrated and the lead is asked to rate it", () => {
    const otm = {
      otmVersion: "0.2.0",
      project: { name: "P", id: "p" },
      components: [{ id: "a", name: "A", threats: [{ threat: "t", state: "exposed" }] }],
      threats: [{ id: "t", name: "T", risk: { likelihood: 150, impact: "high" } }],
    };
    const out = importText("otm", "m.otm.json", JSON.stringify(otm));
    expect(out.problems).toEqual([]);
    expect(out.data.threat_model.threats).toEqual([
      { id: "t", title: "T", component: "a", status: "open" },
    ]);
    expect(notesOf(out.notes, "to-fill")).toContain(
      "threat_model.threats: some threats have no likelihood or impact from 0 to 100; rate them",
    );
  });
});
