import * as core from "@actions/core";
import { formatProblem, SourceError } from "../src/manifest/manifest-error.js";
import { InputError } from "./inputs.js";
import { runAction } from "./run-action.js";

/** The Action's process boundary: every failure becomes a clear message, never a stack trace. */
runAction().catch((error: unknown) => {
  if (error instanceof SourceError) core.setFailed(formatProblem(error.problem));
  else if (error instanceof InputError) core.setFailed(error.message);
  else
    core.setFailed(
      `Security Manifest Check failed: ${error instanceof Error ? error.message : String(error)}`,
    );
});
