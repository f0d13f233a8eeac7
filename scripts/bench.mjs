// Benchmark: cold start of the committed bundles for a full local run on the examples, next to
// `node -e 0`, and the bundle sizes. Prints figures; asserts nothing (targets are for people).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 15);
const examples = readdirSync(path.join(root, "examples"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Median wall time of a command over `runs` runs, in milliseconds. */
function median(command, args, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(command, args, { env: { ...process.env, ...env }, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const hasHyperfine = spawnSync("hyperfine", ["--version"]).status === 0;
const baseline = median(process.execPath, ["-e", "0"]);
console.log(
  `node -e 0: ${baseline.toFixed(0)} ms (median of ${runs})${hasHyperfine ? "" : " · install hyperfine for a second opinion"}`,
);

const cli = path.join(root, "action/dist/cli.js");
for (const example of examples) {
  const manifest = path.join(root, "examples", example, "security-manifest.yml");
  const ms = median(process.execPath, [
    cli,
    "check",
    manifest,
    "--today",
    "2026-11-26",
    "--format",
    "json",
  ]);
  console.log(
    `CLI check ${example}: ${ms.toFixed(0)} ms = ${(ms / baseline).toFixed(2)} × node -e 0`,
  );
}

// The Action bundle on a push event: check, summary, outputs, SARIF; no network.
const work = mkdtempSync(path.join(tmpdir(), "sm-bench-"));
const event = path.join(work, "event.json");
writeFileSync(event, "{}");
const env = {
  GITHUB_EVENT_NAME: "push",
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: "bench/bench",
  GITHUB_SHA: "0".repeat(40),
  GITHUB_WORKSPACE: path.join(root, "examples/remote-maintenance-portal"),
  GITHUB_STEP_SUMMARY: path.join(work, "summary.md"),
  GITHUB_OUTPUT: path.join(work, "output"),
  RUNNER_TEMP: work,
  INPUT_TODAY: "2026-11-26",
  INPUT_SARIF: path.join(work, "results.sarif"),
  "INPUT_FAIL-ON": "never",
};
writeFileSync(env.GITHUB_STEP_SUMMARY, "");
writeFileSync(env.GITHUB_OUTPUT, "");
const action = median(process.execPath, [path.join(root, "action/dist/index.js")], env);
console.log(
  `Action run (push, compliant example): ${action.toFixed(0)} ms = ${(action / baseline).toFixed(2)} × node -e 0 (target ≤ 3×)`,
);

// Entry files import shared chunks (esbuild splitting): report what each run loads, and the total.
const dist = path.join(root, "action/dist");
const files = readdirSync(dist).filter((name) => name.endsWith(".js"));
const total = files.reduce((sum, name) => sum + statSync(path.join(dist, name)).size, 0);
console.log(
  `bundle action/dist: ${(total / 1024).toFixed(0)} KiB in ${files.length} files (${files.join(", ")})`,
);
if (hasHyperfine) {
  const manifest = path.join(root, "examples/logistics-nis2/security-manifest.yml");
  console.log(
    execFileSync(
      "hyperfine",
      [
        "--warmup",
        "2",
        "--runs",
        String(runs),
        "-N",
        "node -e 0",
        `node ${cli} check ${manifest} --today 2026-11-26 --format json`,
      ],
      { encoding: "utf8" },
    ),
  );
}
