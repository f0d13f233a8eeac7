import { compareCodePoints } from "../../vocabulary/code-point-order.js";
import { sameLogin } from "../authority.js";
import { changedByPullRequest, componentProtection } from "../check-keywords.js";
import { globMatcher } from "../glob-match.js";
import type { BuiltinCheckFunction } from "./builtin-check.js";

type Data = Record<string, unknown>;
const PROTECTION = ["normal", "high", "very-high"];

/**
 * Thesis 1 and 5: a change to a component reachable from the internet, or with high or very high
 * protection needs, needs an approving review by a security champion (from the base manifest,
 * matched by GitHub login; the author cannot review their own change). Until then the gap is
 * pending and names the champions who may approve. Runs only when the reviews are known.
 */
export const championReview: BuiltinCheckFunction = (check, { context }) => {
  const pr = context.pullRequest;
  if (!pr?.approvedBy || !pr.champions) return [];
  const threshold = PROTECTION.indexOf(String(check.protection_at_least ?? "high"));
  const components = (Array.isArray(context.manifest.components) ? context.manifest.components : [])
    .map((component, index) => ({ component: (component ?? {}) as Data, index }))
    .filter(
      ({ component }) =>
        changedByPullRequest(component, pr.changedFiles) &&
        (component.exposure === "internet" ||
          PROTECTION.indexOf(componentProtection(component, context.manifest)) >= threshold),
    );
  const [first] = components;
  if (!first) return [];
  const reviewers = pr.champions.filter((c) => c.login && !sameLogin(c.login, pr.author));
  if (reviewers.some((c) => pr.approvedBy?.some((login) => sameLogin(login, c.login)))) return [];
  const ids = components.map(({ component }) => String(component.id ?? "?"));
  return [
    {
      pointer: `/components/${first.index}`,
      key: "security-champion-review",
      values: {
        components: ids.join(", "),
        champions: reviewers.map((c) => `${c.name} (@${c.login})`).join(", ") || "—",
      },
      pending: {
        waiting_for: reviewers.map(({ name, login }) => ({ name, login })),
        state: reviewers.length > 0 ? "pending" : "unverifiable",
      },
    },
  ];
};

/** How many unmatched files a hint names before "and N more". */
const NAMED_FILES = 5;

/**
 * A changed file that no component's `paths` covers escapes every component check of the pull
 * request pack: a low hint names the first few, so the component list can grow with the code.
 */
export const unmappedChanges: BuiltinCheckFunction = (_check, { context }) => {
  const pr = context.pullRequest;
  const components = Array.isArray(context.manifest.components) ? context.manifest.components : [];
  if (!pr || components.length === 0 || pr.changedFiles.length === 0) return [];
  const globs = components.flatMap((c) => {
    const paths = ((c ?? {}) as Data).paths;
    return Array.isArray(paths) ? paths.filter((g): g is string => typeof g === "string") : [];
  });
  const matches = globMatcher(globs);
  const own = new Set(pr.checkFiles ?? []);
  const unmatched = [...new Set(pr.changedFiles)]
    .filter((file) => !own.has(file) && !matches(file))
    .sort(compareCodePoints);
  if (unmatched.length === 0) return [];
  const more = unmatched.length - NAMED_FILES;
  return [
    {
      pointer: "/components",
      key: "unmapped-changes",
      values: {
        files: unmatched.slice(0, NAMED_FILES).join(", ").slice(0, 1000),
        count: unmatched.length,
        more: Math.max(more, 0),
      },
    },
  ];
};
