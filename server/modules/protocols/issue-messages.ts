import type { Language } from '../../http/messages.js';
import type { ProtocolIssue } from './validate.js';

const PROCEDURE_NAMES: Record<Language, Record<ProtocolIssue['procedure'], string>> = {
  nl: {
    telephone: 'Telefonische agressie',
    verbal: 'Verbale agressie',
    physical: 'Fysiek geweld',
    written: 'Schriftelijke agressie',
  },
  en: {
    telephone: 'Telephone aggression',
    verbal: 'Verbal aggression',
    physical: 'Physical violence',
    written: 'Written aggression',
  },
};

const TEMPLATES: Record<Language, Record<ProtocolIssue['code'], string>> = {
  nl: {
    duplicate_procedure: '{procedure} staat twee keer in het protocol.',
    duplicate_step_id: '{procedure}: de stapcode {step} komt twee keer voor.',
    unknown_role: '{procedure}, stap {step}: de rol „{value}” bestaat niet.',
    unknown_target: '{procedure}, stap {step}: verwijst naar stap „{value}”, die niet bestaat.',
    decision_without_branches: '{procedure}, stap {step}: een beslissing heeft minstens twee keuzes nodig.',
    branches_without_decision: '{procedure}, stap {step}: alleen een beslissing kan keuzes hebben.',
    unreachable_step: '{procedure}, stap {step}: deze stap wordt nooit bereikt.',
    no_exit: '{procedure}, stap {step}: vanaf deze stap is er geen weg naar het einde (een lus zonder uitgang).',
  },
  en: {
    duplicate_procedure: '{procedure} appears twice in the protocol.',
    duplicate_step_id: '{procedure}: the step code {step} appears twice.',
    unknown_role: '{procedure}, step {step}: the role "{value}" does not exist.',
    unknown_target: '{procedure}, step {step}: refers to step "{value}", which does not exist.',
    decision_without_branches: '{procedure}, step {step}: a decision needs at least two choices.',
    branches_without_decision: '{procedure}, step {step}: only a decision can have choices.',
    unreachable_step: '{procedure}, step {step}: this step is never reached.',
    no_exit: '{procedure}, step {step}: from this step there is no way to the end (a loop without an exit).',
  },
};

/** The issue in plain words, naming the procedure and step, in the user's language. */
export function describeIssue(issue: ProtocolIssue, language: Language): string {
  const values: Record<string, string> = {
    procedure: PROCEDURE_NAMES[language][issue.procedure],
    step: issue.stepId ?? '',
    value: issue.value ?? '',
  };
  return TEMPLATES[language][issue.code].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** Where the issue sits in the protocol document, as a path the editor can use. */
export function issuePath(issue: ProtocolIssue): string {
  return issue.stepId ? `procedures.${issue.procedure}.steps.${issue.stepId}` : `procedures.${issue.procedure}`;
}
