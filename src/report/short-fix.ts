/** Longest "how to fix" shown in a row of the comment; the full advice is behind `explain`. */
export const SHORT_FIX_MAX = 110;

/** Abbreviations whose full stop does not end a sentence (English and German). */
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|z|d|u|z\. ?B|d\. ?h|u\. ?a|bzw|ca|ggf|inkl|Nr|Art|Abs|S)\.$/;
const SENTENCE_END = /[.!?](?=\s+[A-ZÄÖÜ„"(])/g;

/**
 * The first sentence of a remediation, at most SHORT_FIX_MAX characters (cut at a word, with
 * "…"): the row of the comment says what to do; `security-manifest explain` has the rest.
 */
export function shortFix(remediation: string): string {
  const text = remediation.trim();
  let sentence = text;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const head = text.slice(0, match.index + 1);
    if (!ABBREVIATION.test(head)) {
      sentence = head;
      break;
    }
  }
  if (sentence.length <= SHORT_FIX_MAX) return sentence;
  const cut = sentence.slice(0, SHORT_FIX_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > SHORT_FIX_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–—-]+$/, "")} …`;
}
