import * as core from "@actions/core";
import { isLanguage, type Language } from "../src/i18n/language.js";
import { formatProblem, localizedProblem, SourceError } from "../src/manifest/manifest-error.js";
import { InputError } from "./inputs.js";
import { runAction } from "./run-action.js";

/** The `language` input when it is one (a wrong one is an InputError of its own): en otherwise. */
function chosenLanguage(): Language {
  const language = core.getInput("language");
  return isLanguage(language) ? language : "en";
}

/** The Action's process boundary: every failure becomes a clear message, never a stack trace. */
runAction().catch((error: unknown) => {
  if (error instanceof SourceError) {
    const language = chosenLanguage();
    core.setFailed(formatProblem(localizedProblem(error, language), language));
  } else if (error instanceof InputError) core.setFailed(error.message);
  else
    core.setFailed(
      `Security Manifest Check failed: ${error instanceof Error ? error.message : String(error)}`,
    );
});
