import { sourceError } from "./manifest-error.js";

/**
 * A manifest or rule pack as bytes → text. Only UTF-8 is read (a UTF-8 byte-order mark is
 * dropped); anything else is refused with the place of the first byte that is not UTF-8 and how
 * to re-save the file. Nothing is replaced silently: a Latin-1 "ü" turned into U+FFFD would
 * change names and paths without anyone noticing.
 */
export function decodeSource(file: string, bytes: Uint8Array, what: string): string {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    throw sourceError(file, { line: 1, column: 1 }, "utf-16", "utf-16", { what, ...utf16 });
  }
  try {
    // fatal: invalid bytes throw instead of becoming U+FFFD; the BOM (if any) is dropped.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, offset);
    const byte = bytes[offset] ?? 0;
    throw sourceError(file, { line, column }, "not-utf-8", "not-utf-8", {
      what,
      byte: byte.toString(16).toUpperCase().padStart(2, "0"),
    });
  }
}

/** Byte order (and byte-order mark) when the bytes look like UTF-16 text: a BOM, or NULs in every other byte. */
function utf16Kind(bytes: Uint8Array): { endian: string; bom: string } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { endian: "little", bom: "FF FE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { endian: "big", bom: "FE FF" };
  // Without a BOM: mostly-ASCII UTF-16 has a NUL in nearly every pair, always on the same side.
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.6 && evenNuls === 0) return { endian: "little", bom: "" };
  if (evenNuls >= pairs * 0.6 && oddNuls === 0) return { endian: "big", bom: "" };
  return undefined;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead === 0xe0) [length, low] = [3, 0xa0];
    else if (lead === 0xed) [length, high] = [3, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) length = 3;
    else if (lead === 0xf0) [length, low] = [4, 0x90];
    else if (lead >= 0xf1 && lead <= 0xf3) length = 4;
    else if (lead === 0xf4) [length, high] = [4, 0x8f];
    else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column (1-based, in characters) of a byte offset, counting the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  return positionInText(before, before.length);
}

/** Line and column (1-based) of an offset in a text; lines end at \n (CRLF counts once). */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
