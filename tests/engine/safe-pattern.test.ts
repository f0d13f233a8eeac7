import { describe, expect, it } from "vitest";
import {
  boundedRegExp,
  MAX_MATCH_INPUT,
  unsafePatternReason,
} from "../../src/rules/safe-pattern.js";

describe("patterns from rule packs", () => {
  it.each(["^(a+)+$", "(a|b*)*", "(x+x+)+y", "^(\\w+\\s?)*$", "(a{1,5})+"])(
    "refuses the backtracking pattern %s",
    (pattern) => {
      expect(unsafePatternReason(pattern)).toContain("nested quantifier");
    },
  );

  it.each(["^(a|a)*$", "^(a|ab)+c", "((x|y))*z"])(
    "refuses the repeated alternatives %s",
    (pattern) => {
      expect(unsafePatternReason(pattern)).toContain("repeats a group of alternatives");
    },
  );

  it.each([
    ["(a)\\1", "back-reference"],
    ["(?=a)b", "look-around"],
    ["a".repeat(201), "longer than"],
  ])("refuses %s (%s)", (pattern, reason) => {
    expect(unsafePatternReason(pattern)).toContain(reason);
  });

  it.each(["^[A-Z]{2}-\\d{3}$", "^https://", "(ab)+c", "^[a-z]+(-[a-z]+)?$", "[(+*]+"])(
    "accepts the linear pattern %s",
    (pattern) => {
      expect(unsafePatternReason(pattern)).toBeUndefined();
    },
  );

  it("tests bounded input only", () => {
    const re = boundedRegExp("^a+$", "u");
    expect(re.test("a".repeat(MAX_MATCH_INPUT))).toBe(true);
    expect(re.test("a".repeat(MAX_MATCH_INPUT + 1))).toBe(false);
  });
});
