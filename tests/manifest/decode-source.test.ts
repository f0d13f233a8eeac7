import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSource, firstInvalidUtf8 } from "../../src/manifest/decode-source.js";
import { SourceError } from "../../src/manifest/manifest-error.js";

function problem(bytes: Uint8Array) {
  try {
    decodeSource("m.yml", bytes, "manifest");
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  return undefined;
}

describe("decoding a manifest's bytes", () => {
  it("finds the first invalid byte exactly where the strict decoder fails", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const offset = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(offset === bytes.length).toBe(valid);
        // Everything before the reported byte is valid UTF-8.
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, offset));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds it in valid text with one bad byte anywhere", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(), (text, at) => {
        const bytes = Buffer.from(text, "utf8");
        const index = bytes.length === 0 ? 0 : at % bytes.length;
        const broken = Buffer.concat([
          bytes.subarray(0, index),
          Buffer.from([0xff]),
          bytes.subarray(index),
        ]);
        const offset = firstInvalidUtf8(broken);
        expect(offset).toBeLessThanOrEqual(index);
        expect(problem(broken)?.code).toBe("not-utf-8");
      }),
    );
  });

  it("drops a UTF-8 byte-order mark and keeps the text exact", () => {
    expect(decodeSource("m.yml", Buffer.from("\uFEFFa: ü\n"), "manifest")).toBe("a: ü\n");
  });

  it("does not mistake UTF-8 text with a NUL for UTF-16", () => {
    expect(decodeSource("m.yml", Buffer.from("manifest_version: 1\u0000\n"), "manifest")).toBe(
      "manifest_version: 1\u0000\n",
    );
  });

  it("counts lines after CRLF once and columns in characters", () => {
    const bytes = Buffer.concat([Buffer.from("a: 1\r\nb: Jü"), Buffer.from([0xe9])]);
    expect(problem(bytes)).toMatchObject({ line: 2, column: 6, code: "not-utf-8" });
  });
});
