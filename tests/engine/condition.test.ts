import { describe, expect, it } from "vitest";
import { conditionHolds, describeCondition, explainCondition } from "../../src/rules/condition.js";
import { profileFacts } from "../../src/rules/profile.js";

const facts = profileFacts({
  organisation: {
    size: "small",
    sector: "retail",
    topics: ["payments", "cloud"],
    protection_needs: { confidentiality: "high", integrity: "normal", availability: "normal" },
    regulation: { nis2: "none", cra_product: false },
  },
  components: [
    { id: "shop", exposure: "internet", protection_needs: { availability: "very-high" } },
  ],
  team: [{ name: "A", role: "external" }],
});

describe("profile facts", () => {
  it("takes the highest protection need of organisation and components", () => {
    expect(facts).toMatchObject({
      confidentiality: "high",
      availability: "very-high",
      protection: "very-high",
    });
  });

  it("derives exposure and external parties from the rest of the manifest", () => {
    expect(facts).toMatchObject({
      internet_exposed: true,
      external_parties: true,
      has_advisor: false,
      nis2: "none",
    });
  });

  it("defaults sensibly for an empty manifest", () => {
    expect(profileFacts({})).toMatchObject({
      topics: [],
      nis2: "none",
      protection: "normal",
      internet_exposed: false,
    });
  });
});

describe("profile conditions", () => {
  it.each([
    [{ size: ["micro", "small"] }, true],
    [{ size: "medium" }, false],
    [{ topics: ["payments", "e-commerce"] }, true],
    [{ topics: "ai" }, false],
    [{ protection_at_least: "high" }, true],
    [{ confidentiality_at_least: "very-high" }, false],
    [{ size_at_least: "medium" }, false],
    [{ internet_exposed: true, cra_product: false }, true],
    [{ any: [{ sector: "finance" }, { topics: "payments" }] }, true],
    [{ not: { sector: "retail" } }, false],
    [{ all: [{ size: "small" }, { nis2_at_least: "important" }] }, false],
  ])("%j holds: %s", (condition, expected) => {
    expect(conditionHolds(condition, facts)).toBe(expected);
  });

  it("says in one line why a condition holds, naming only what matched", () => {
    expect(
      describeCondition(
        { size: ["micro", "small"], any: [{ sector: "finance" }, { topics: ["payments"] }] },
        facts,
        "en",
      ),
    ).toBe("company size is small; topics include payments");
    expect(describeCondition({ protection_at_least: "high" }, facts, "de")).toBe(
      "Schutzbedarf ist sehr hoch (die Regel gilt ab hoch)",
    );
  });

  it("names values in the reader's language, never as raw enum values inside a sentence", () => {
    expect(describeCondition({ size: ["micro", "small"] }, facts, "de")).toBe(
      "Unternehmensgröße ist klein",
    );
    expect(explainCondition({ nis2_at_least: "important", topics: "ot-iot" }, "de")).toBe(
      "NIS2-Status ist mindestens wichtige Einrichtung; Themen umfassen OT/IoT",
    );
  });

  it("explains a condition without a profile for explain and the docs", () => {
    expect(explainCondition({ size: ["micro", "small"], has_security_champion: false }, "en")).toBe(
      "company size is micro or small; the team has no security champion",
    );
  });
});
