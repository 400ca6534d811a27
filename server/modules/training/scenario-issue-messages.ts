import type { Language } from '../../http/messages.js';
import type { ScenarioIssue } from './validate-scenario.js';

const TEMPLATES: Record<Language, Record<ScenarioIssue['code'], string>> = {
  nl: {
    duplicate_node: 'Moment {node}: deze code komt twee keer voor.',
    unknown_start: 'Het scenario begint bij „{value}”, maar dat moment bestaat niet.',
    unknown_target: 'Moment {node}: een antwoord leidt naar „{value}”, dat niet bestaat.',
    dead_end: 'Moment {node}: hier loopt het gesprek dood. Geef antwoorden of maak er een einde van.',
    ending_with_turn: 'Moment {node}: een einde kan geen antwoorden hebben.',
    unreachable_node: 'Moment {node}: dit moment wordt nooit bereikt.',
    never_ends: 'Moment {node}: dit gesprek kan hier rondjes draaien en eindigt dan nooit.',
    no_ending: 'Het scenario heeft geen einde.',
    no_good_option:
      'Moment {node}: geen van de antwoorden is goed volgens de eigen beoordeling (beslissing, taalregels of script).',
  },
  en: {
    duplicate_node: 'Moment {node}: this code appears twice.',
    unknown_start: 'The scenario starts at "{value}", but that moment does not exist.',
    unknown_target: 'Moment {node}: an answer leads to "{value}", which does not exist.',
    dead_end: 'Moment {node}: the conversation gets stuck here. Add answers or make it an ending.',
    ending_with_turn: 'Moment {node}: an ending cannot have answers.',
    unreachable_node: 'Moment {node}: this moment is never reached.',
    never_ends: 'Moment {node}: the conversation can go round in circles here and then never ends.',
    no_ending: 'The scenario has no ending.',
    no_good_option:
      "Moment {node}: none of the answers is good by the trainer's own scoring (decision, language rules or script).",
  },
};

/** The issue in plain words, naming the moment, in the user's language. */
export function describeScenarioIssue(issue: ScenarioIssue, language: Language): string {
  const values: Record<string, string> = { node: issue.nodeId ?? '', value: issue.value ?? '' };
  return TEMPLATES[language][issue.code].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

export function scenarioIssuePath(issue: ScenarioIssue): string {
  return issue.nodeId ? `nodes.${issue.nodeId}` : 'start';
}
