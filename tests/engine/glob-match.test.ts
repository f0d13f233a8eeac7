import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import {
  expandBraces,
  globMatcher,
  MAX_BRACE_ALTERNATIVES,
  MAX_GLOB_LENGTH,
  MAX_PATH_LENGTH,
} from "../../src/rules/glob-match.js";

const matches = (pattern: string, path: string) => globMatcher([pattern])(path);

/** What the matcher replaced said, with the options check-keywords used. */
const picomatchSays = (pattern: string, path: string) =>
  picomatch(pattern, { dot: true, noextglob: true })(path);

// [pattern, path, expected]; picomatch answers the same for every row.
const SAME_AS_PICOMATCH: [string, string, boolean][] = [
  // literal paths
  ["services/portal/app.ts", "services/portal/app.ts", true],
  ["services/portal/app.ts", "services/portal/app.js", false],
  ["services/portal", "services/portal/app.ts", false],
  ["a.b", "axb", false],
  ["a+(b)|c", "a+(b)|c", true],
  // ** at the end, start and middle
  ["services/portal/**", "services/portal/app.ts", true],
  ["services/portal/**", "services/portal/src/deep/app.ts", true],
  ["services/portal/**", "services/portal", true],
  ["services/portal/**", "services/portalx/app.ts", false],
  ["services/portal/**", "services/other/app.ts", false],
  ["**/*.ts", "app.ts", true],
  ["**/*.ts", "a/b/c/app.ts", true],
  ["**/*.ts", "a/b/c/app.js", false],
  ["a/**/b", "a/b", true],
  ["a/**/b", "a/x/y/z/b", true],
  ["a/**/b", "a/x/y/z/c", false],
  ["a/**/**/b", "a/b", true],
  ["**", "a/b/c", true],
  ["**", ".github/workflows/ci.yml", true],
  // ** inside a segment is *
  ["a**b", "axxb", true],
  ["a**b", "ax/yb", false],
  ["a**/b", "axx/b", true],
  ["***", "a", true],
  ["***", "a/b", false],
  // * and ?
  ["*", "file.txt", true],
  ["*", "dir/file.txt", false],
  ["src/*.ts", "src/app.ts", true],
  ["src/*.ts", "src/lib/app.ts", false],
  ["*a*b", "xaxxb", true],
  ["*a*b", "xaxxbc", false],
  ["a/*", "a/", false],
  ["?", "a", true],
  ["?", "/", false],
  ["a?c", "abc", true],
  ["a?c", "ac", false],
  // dotfiles, as picomatch's dot: true
  ["*", ".env", true],
  ["config/*", "config/.secrets", true],
  ["**/.*", "a/b/.gitignore", true],
  ["*", ".", false],
  ["*", "..", false],
  ["a/**", "a/..", false],
  ["**/..", "a/..", true],
  // character classes
  ["[abc].txt", "b.txt", true],
  ["[abc].txt", "d.txt", false],
  ["file[0-9]", "file7", true],
  ["file[0-9]", "filex", false],
  ["[^a]", "b", true],
  ["[^a]", "a", false],
  ["[^a]", "/", false],
  ["[]]", "]", true],
  ["[]a]", "a", true],
  ["[a-]", "-", true],
  ["[\\]]", "]", true],
  ["[.]", ".", true],
  ["[[:digit:]]x", "7x", true],
  ["[[:alpha:]]", "7", false],
  ["[a", "[a", true],
  ["[]", "[]", true],
  ["a]", "a]", true],
  // braces
  ["{a,b}", "a", true],
  ["{a,b}", "b", true],
  ["{a,b}", "c", false],
  ["src/{api,web}/**", "src/web/index.ts", true],
  ["src/{api,web}/**", "src/cli/index.ts", false],
  ["{a,{b,c}}", "c", true],
  ["a{,b}", "a", true],
  ["a{,b}", "ab", true],
  ["*.{ts,tsx}", "app.tsx", true],
  ["{a,b}/{c,d}", "b/d", true],
  ["{a}", "{a}", true],
  ["{a}", "a", false],
  ["{a,b", "{a,b", true],
  ["a,b", "a,b", true],
  ["\\{a,b}", "{a,b}", true],
  ["\\{a,b}", "a", false],
  // leading ./ and escapes
  ["./src/**", "src/app.ts", true],
  ["././a", "a", true],
  ["\\*", "*", true],
  ["\\*", "a", false],
  ["a\\?", "a?", true],
  ["a\\?", "ab", false],
  ["\\a", "a", true],
  ["a\\/b", "a/b", true],
  ["a\\", "a\\", true],
  // case-sensitive
  ["README.md", "readme.md", false],
];

// [pattern, path, ours, why picomatch answers otherwise]; the test checks picomatch still does.
const DIFFERENT_FROM_PICOMATCH: [string, string, boolean, string][] = [
  ["[!a]", "b", true, "picomatch 4.0.3 reads [!a] as `[!a]` or one of `!`, `a`"],
  ["[!a]", "a", false, "picomatch 4.0.3 reads [!a] as `[!a]` or one of `!`, `a`"],
  ["src/*/**", "src/a", true, "picomatch lets /** match no segment only after a * -free one"],
  ["*.*", "a.", true, "picomatch's shortcut for exactly *.* wants something after the dot"],
  ["**.ts", "src/app.ts", false, "picomatch reads a leading **. as **/*. (but **b as *b)"],
  ["****a.", "ab", false, "picomatch leaves the . unescaped after four stars"],
  ["*/*", "/a", false, "picomatch lets a leading * match the empty segment before /"],
  ["a\\bc", "abc", true, "picomatch leaves \\b in its regex: a word boundary"],
  ["^^*", "^^x", true, "picomatch leaves the second ^ in its regex: an anchor"],
  ["*{", "x{", true, "picomatch matches nothing with an unbalanced { after a *"],
  ["!src/**", "docs/a.md", false, "no negation: a paths list says where files are"],
  ["(a|b)", "a", false, "no regex groups: only glob syntax, never a regular expression"],
  ["{1..3}", "2", false, "no brace ranges, only alternatives"],
  ["[a/b]", "/", false, "a class never matches `/`; `[a/b]` is two literal segments"],
];

describe("globMatcher", () => {
  it.each(SAME_AS_PICOMATCH)("%s on %s: %s, as picomatch", (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
    expect(picomatchSays(pattern, path)).toBe(expected);
  });

  it.each(DIFFERENT_FROM_PICOMATCH)(
    "%s on %s: %s, unlike picomatch (%s)",
    (pattern, path, expected) => {
      expect(matches(pattern, path)).toBe(expected);
      expect(picomatchSays(pattern, path)).toBe(!expected);
    },
  );

  it("matches when any pattern matches", () => {
    const changed = globMatcher(["docs/**", "src/*.ts"]);
    expect(changed("src/app.ts")).toBe(true);
    expect(changed("docs/a/b.md")).toBe(true);
    expect(changed("test/app.ts")).toBe(false);
    expect(globMatcher([])("src/app.ts")).toBe(false);
  });

  it("ignores empty and overlong patterns and overlong paths", () => {
    expect(globMatcher(["", "./"])("a")).toBe(false);
    expect(globMatcher([`${"a".repeat(MAX_GLOB_LENGTH - 1)}*`])("a".repeat(600))).toBe(true);
    expect(globMatcher([`${"a".repeat(MAX_GLOB_LENGTH)}*`])("a".repeat(600))).toBe(false);
    expect(matches("**", `a/${"b".repeat(MAX_PATH_LENGTH - 2)}`)).toBe(true);
    expect(matches("**", `a/${"b".repeat(MAX_PATH_LENGTH - 1)}`)).toBe(false);
    expect(matches("**", "")).toBe(false);
  });

  it("caps brace expansion", () => {
    const eight = "{a,b,c,d,e,f,g,h}";
    expect(expandBraces(`${eight}${eight}`)).toHaveLength(MAX_BRACE_ALTERNATIVES);
    expect(expandBraces(`${eight}${eight}{x,y}`)).toBeUndefined();
    expect(matches(`${eight}${eight}`, "hh")).toBe(true);
    expect(matches(`${eight}${eight}{x,y}`, "hhx")).toBe(false);
    const nested = (depth: number): string => (depth === 0 ? "x" : `{a,${nested(depth - 1)}}`);
    expect(expandBraces(nested(8))).toHaveLength(9);
    expect(expandBraces(nested(9))).toBeUndefined();
  });

  it("expands braces like a shell", () => {
    expect(expandBraces("src/{a,b{1,2}}/**")).toEqual(["src/a/**", "src/b1/**", "src/b2/**"]);
    expect(expandBraces("{a,b}-{c,d}")).toEqual(["a-c", "a-d", "b-c", "b-d"]);
    expect(expandBraces("{a}{b,c")).toEqual(["{a}{b,c"]);
    expect(expandBraces("a\\{b,c}")).toEqual(["a\\{b,c}"]);
    expect(expandBraces("{a\\,b,c}")).toEqual(["a\\,b", "c"]);
  });

  it("matches one character per code point", () => {
    expect(matches("?.txt", "😀.txt")).toBe(true);
    expect(matches("[😀]", "😀")).toBe(true);
  });

  it("agrees with picomatch on small patterns and paths", () => {
    const pattern = fc.string({
      unit: fc.constantFrom("*", "?", "/", "a", "b", "."),
      maxLength: 10,
    });
    const path = fc.string({
      unit: fc.constantFrom("a", "b", ".", "/"),
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(pattern, path, (pattern, path) => {
        // picomatch refuses the empty pattern; we ignore it.
        fc.pre(pattern !== "");
        // Changed files are file paths as git records them: no empty segments (picomatch lets
        // `*` match an empty first segment, and a pattern match with a trailing `/` appended),
        // no `.` or `..` segments (picomatch is inconsistent there: `?*` and `.*` match `..`,
        // but `a/.*` does not match `a/..`).
        fc.pre(!path.split("/").some((segment) => ["", ".", ".."].includes(segment)));
        // Where picomatch's answers are quirks rather than glob semantics, see
        // DIFFERENT_FROM_PICOMATCH: `*/**` needing a segment, `*.*`, a leading `**.`, and runs
        // of three or more stars (`***`), which it reads in several surprising ways.
        fc.pre(!pattern.endsWith("*/**") && pattern !== "*.*");
        fc.pre(!pattern.replace(/^(\.\/)+/, "").startsWith("**.") && !pattern.includes("***"));
        expect(matches(pattern, path)).toBe(picomatchSays(pattern, path));
      }),
      // Most random paths have an empty or dot segment and are skipped: allow enough skips that
      // fast-check never gives up for lack of values (it did, once in a while, with the default).
      { numRuns: 5000, maxSkipsPerRun: 1000 },
    );
  });

  it("treats {x,y} as x or y", () => {
    const part = fc.string({ unit: fc.constantFrom("*", "?", "/", "a", "b"), maxLength: 6 });
    const path = fc.string({ unit: fc.constantFrom("a", "b", "/"), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(part, part, part, path, (head, x, y, path) => {
        const either = matches(`${head}{${x},${y}}`, path);
        expect(either).toBe(matches(`${head}${x}`, path) || matches(`${head}${y}`, path));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("globMatcher on hostile input", () => {
  // Guards against exponential behaviour, not timing tests: each takes milliseconds.
  const elapsed = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it("does not backtrack on *a*a*…*ab (picomatch takes 30 s on 34 characters)", () => {
    const pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*ab";
    let result = true;
    expect(elapsed(() => (result = matches(pattern, "a".repeat(5000))))).toBeLessThan(2000);
    expect(result).toBe(false);
  });

  it("does not backtrack on **/a/**/a/…/b over many segments", () => {
    const pattern = `${"**/a/".repeat(80)}b`;
    let result = true;
    const path = "a/".repeat(MAX_PATH_LENGTH / 2 - 1);
    expect(elapsed(() => (result = matches(pattern, path)))).toBeLessThan(2000);
    expect(result).toBe(false);
  });

  it("stays quadratic at worst: a long tail after * retried at every position", () => {
    // About 8 × 480 × 3600 steps: O(pattern × path), the single-backtrack algorithm's worst case.
    const pattern = `*${"a".repeat(480)}{b,c,d,e,f,g,h,i}`;
    expect(pattern.length).toBeLessThanOrEqual(MAX_GLOB_LENGTH);
    let result = true;
    const path = "a".repeat(MAX_PATH_LENGTH);
    expect(elapsed(() => (result = matches(pattern, path)))).toBeLessThan(2000);
    expect(result).toBe(false);
  });
});
