import { describe, expect, it } from "vitest";
import { addDays, addYears, daysBetween, isIsoDate } from "../../src/manifest/iso-date.js";

describe("date arithmetic never throws", () => {
  it.each([
    [1e20, "9999-12-31"],
    [-1e20, "0000-01-01"],
    [Number.POSITIVE_INFINITY, "9999-12-31"],
    [Number.NEGATIVE_INFINITY, "0000-01-01"],
    [Number.MAX_VALUE, "9999-12-31"],
    [3_000_000, "9999-12-31"],
  ])("addDays(2026-11-26, %d) stays within the four-digit years", (days, expected) => {
    expect(addDays("2026-11-26", days)).toBe(expected);
  });

  it("addDays gives the date back for NaN days or a value that is no date", () => {
    expect(addDays("2026-11-26", Number.NaN)).toBe("2026-11-26");
    expect(addDays("no date", 5)).toBe("no date");
  });

  it("addDays still counts ordinary days (and across year 0)", () => {
    expect(addDays("2026-11-26", -365)).toBe("2025-11-26");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("0001-01-01", -1)).toBe("0000-12-31");
  });

  it("addYears clamps huge years and keeps 29 February sensible", () => {
    expect(addYears("2026-01-01", 1e9)).toBe("9999-12-31");
    expect(addYears("2026-01-01", -1e9)).toBe("0000-01-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-01-01", 1.5)).toBe("2026-01-01");
  });

  it("reads the years 0…99 as themselves, not as 1900…1999", () => {
    expect(isIsoDate("0000-01-01")).toBe(true);
    expect(isIsoDate("0096-02-29")).toBe(true);
    expect(isIsoDate("0097-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(daysBetween("0000-01-01", "0001-01-01")).toBe(366);
  });
});

describe("isIsoDate counts days without Date and agrees with it", () => {
  it("on every day-of-month 00…32 of every month 00…13 of years around the leap-year rules", () => {
    for (const year of [0, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real =
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          expect(isIsoDate(text), text).toBe(real);
        }
      }
    }
  });
});
