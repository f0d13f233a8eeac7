import { INIT_WIZARD_WORDS, SECTOR_LABELS, TOPIC_LABELS } from "../i18n/init-wizard-labels.js";
import type { Language } from "../i18n/language.js";
import {
  type InitAnswers,
  isOneLine,
  NIS2,
  SECTORS,
  SIZES,
  sizeForStaff,
  TOPICS,
} from "../manifest/init-profile.js";
import { PHASES, PROTECTION_LEVELS } from "../manifest/manifest-template.js";
import { type Answer, CANCELLED, type Choice, type PromptAdapter } from "./prompt-adapter.js";

/** Thrown inside the wizard when a question was cancelled; caught in askProfile. */
class Cancelled extends Error {}

/**
 * The guided `init`: asks the profile questions in the chosen language, each with its default
 * (from the flags, else the defaults) preselected and marked. Returns undefined when the person
 * cancelled; nothing is written before every question is answered.
 */
export async function askProfile(
  prompts: PromptAdapter,
  defaults: InitAnswers,
  language: Language,
): Promise<InitAnswers | undefined> {
  const w = INIT_WIZARD_WORDS[language];
  const got = <T>(answer: Answer<T>): T => {
    if (answer === CANCELLED) throw new Cancelled();
    return answer;
  };
  const choices = <T extends string>(
    values: readonly T[],
    labels: Record<string, string>,
    initial: T,
  ): Choice<T>[] =>
    values.map((value) => ({
      value,
      label: labels[value] ?? value,
      ...(value === initial ? { hint: w.default } : {}),
    }));
  const oneLine = (value: string) => (isOneLine(value) ? undefined : w.oneLine);
  const choose = async <T extends string>(
    message: string,
    values: readonly T[],
    labels: Record<string, string>,
    initial: T,
  ) =>
    got(
      await prompts.select({
        message,
        options: choices(values, labels, initial),
        initialValue: initial,
      }),
    );
  try {
    prompts.intro(w.intro);
    const project = got(
      await prompts.text({ message: w.project, defaultValue: defaults.project, validate: oneLine }),
    );
    const organisation = got(
      await prompts.text({
        message: w.organisation,
        defaultValue: defaults.organisation,
        validate: oneLine,
      }),
    );
    const phase = await choose(w.phase, PHASES, w.phases, defaults.phase);
    const staffText = got(
      await prompts.text({
        message: w.staff,
        defaultValue: defaults.staffCount === undefined ? "" : String(defaults.staffCount),
        validate: (value) =>
          value === "" || /^[1-9]\d{0,6}$/.test(value) ? undefined : w.staffNumber,
      }),
    );
    const staffCount = staffText === "" ? undefined : Number(staffText);
    // A head count decides the size (EU SME definition; SC-007 would flag a contradiction), so
    // the size is asked only when no head count was given.
    const size =
      staffCount === undefined
        ? await choose(w.size, SIZES, w.sizes, defaults.size)
        : sizeForStaff(staffCount);
    const sector = await choose(w.sector, SECTORS, SECTOR_LABELS[language], defaults.sector);
    const topics = got(
      await prompts.multiselect({
        message: w.topics,
        options: choices(TOPICS, TOPIC_LABELS[language], ""),
        initialValues: [...defaults.topics],
      }),
    );
    const confidentiality = await choose(
      w.confidentiality,
      PROTECTION_LEVELS,
      w.levels,
      defaults.protection.confidentiality,
    );
    const integrity = await choose(
      w.integrity,
      PROTECTION_LEVELS,
      w.levels,
      defaults.protection.integrity,
    );
    const availability = await choose(
      w.availability,
      PROTECTION_LEVELS,
      w.levels,
      defaults.protection.availability,
    );
    const nis2 = await choose(w.nis2, NIS2, w.nis2Values, defaults.nis2);
    const craProduct = got(
      await prompts.confirm({ message: w.cra, initialValue: defaults.craProduct }),
    );
    const lead = got(
      await prompts.text({ message: w.lead, defaultValue: defaults.lead, validate: oneLine }),
    );
    const sponsorName = got(
      await prompts.text({
        message: w.sponsor,
        defaultValue: defaults.sponsor.name,
        validate: oneLine,
      }),
    );
    const sponsorRole = got(
      await prompts.text({
        message: w.sponsorRole,
        defaultValue: defaults.sponsor.role,
        validate: oneLine,
      }),
    );
    const briefing = got(
      await prompts.confirm({ message: w.briefing, initialValue: defaults.briefing }),
    );
    return {
      project: project || defaults.project,
      organisation: organisation || defaults.organisation,
      phase,
      size,
      ...(staffCount === undefined ? {} : { staffCount }),
      sector,
      // In the format's order, whatever order they were ticked in: the same answers, the same file.
      topics: TOPICS.filter((topic) => topics.includes(topic)),
      protection: { confidentiality, integrity, availability },
      nis2,
      craProduct,
      lead: lead || defaults.lead,
      sponsor: {
        name: sponsorName || defaults.sponsor.name,
        role: sponsorRole || defaults.sponsor.role,
      },
      briefing,
    };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    prompts.cancel(w.cancelled);
    return undefined;
  }
}
