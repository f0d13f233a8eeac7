/**
 * Regular expressions from rule packs run on manifest text, so a careless or hostile pattern must
 * not be able to hang the engine (catastrophic backtracking). Patterns are checked when a pack is
 * loaded and matched against bounded input when rules run.
 */
export const MAX_PATTERN_LENGTH = 200;
/** Longest text a pack pattern is tested against; manifest values are far shorter. */
export const MAX_MATCH_INPUT = 512;

/** Why a pattern is refused, or undefined when it is safe to run. */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return "uses a back-reference";
  if (/\(\?<?[=!]/.test(pattern)) return "uses a look-around";
  // A repeated group that contains a repetition ((a+)+) or alternatives that can match the same
  // text ((a|a)*) backtracks exponentially. Refuse both; single repetitions stay linear enough.
  interface Group {
    repetition: boolean;
    alternatives: boolean;
  }
  const stack: Group[] = [];
  let current: Group = { repetition: false, alternatives: false };
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === "[") {
      const end = pattern.indexOf("]", i + 2);
      i = end === -1 ? pattern.length : end;
      continue;
    }
    if (char === "(") {
      stack.push(current);
      current = { repetition: false, alternatives: false };
    } else if (char === "|") {
      current.alternatives = true;
    } else if (char === ")") {
      const next = pattern[i + 1];
      // `?` makes a group optional, not repeated: (-[a-z]+)? is linear.
      const repeated = next === "*" || next === "+" || next === "{";
      if (repeated && current.repetition)
        return "repeats a group that contains a repetition (nested quantifier)";
      if (repeated && current.alternatives)
        return "repeats a group of alternatives (they may match the same text)";
      const parent = stack.pop() ?? { repetition: false, alternatives: false };
      parent.repetition ||= current.repetition || repeated || next === "?";
      parent.alternatives ||= current.alternatives;
      current = parent;
    } else if (char === "*" || char === "+" || char === "{" || char === "?") {
      current.repetition = true;
    }
  }
  return undefined;
}

/** Ajv's regExp hook: the pattern was vetted at load time; input is bounded here. */
export function boundedRegExp(
  pattern: string,
  flags: string,
): { test: (input: string) => boolean } {
  const reason = unsafePatternReason(pattern);
  if (reason) throw new Error(`unsafe pattern /${pattern}/: ${reason}`);
  const regExp = new RegExp(pattern, flags);
  return { test: (input: string) => input.length <= MAX_MATCH_INPUT && regExp.test(input) };
}
boundedRegExp.code = 'require("./src/rules/safe-pattern.ts").boundedRegExp';
