import { addCalendarDays } from '../../time/dutch-time.js';
import type { STAGES } from './schema.js';
import type { PlanItemContent } from './tables.js';

export type Stage = (typeof STAGES)[number];

/** What the template needs to know about the team and what there is to practise. */
export interface TemplateInput {
  startDate: string;
  /** Team members who are coached (in a stable order, e.g. by name). */
  members: string[];
  /** Who runs the team meetings and the repetition: the team's manager. */
  coordinatorId: string;
  /** Who carries out the month-3 audit: the safety officer. */
  auditorId: string;
  /** How many boundary sentences the current protocol has. */
  sentenceCount: number;
  basicScenarioIds: string[];
  harderScenarioIds: string[];
}

export interface TemplateItem {
  stage: Stage;
  position: number;
  ownerId: string;
  dueDate: string;
  content: PlanItemContent;
}

/**
 * Due dates as calendar days after day 1 (day 1 = offset 0). Two 5-minute exercises a week in the team meeting in
 * weeks 1–2, duo coaching done by the end of week 4, month 2 repetition at its middle and end, the audit on day 90.
 */
export const DUE_OFFSETS = {
  micro_exercise: [2, 6, 9, 13],
  duo_coaching: 27,
  repetition: [44, 58],
  audit: 89,
} as const;

/** Two sentences per exercise, walking through the protocol's list so the team meets as many as possible. */
const SENTENCES_PER_EXERCISE = 2;

function rotate<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** Pairs in order; an odd one out joins the last pair, so nobody is coached alone. */
export function pairUp(members: readonly string[]): string[][] {
  const pairs: string[][] = [];
  for (let index = 0; index + 1 < members.length; index += 2)
    pairs.push([members[index], members[index + 1]] as string[]);
  const last = pairs.at(-1);
  if (members.length % 2 === 1) {
    const odd = members.at(-1) as string;
    if (last) last.push(odd);
    else pairs.push([odd]);
  }
  return pairs;
}

/** The 90-day plan's items for one team (seed 000). Pure: the same input gives the same plan. */
export function planItems(input: TemplateInput): TemplateItem[] {
  const items: TemplateItem[] = [];
  const due = (offset: number) => addCalendarDays(input.startDate, offset);
  DUE_OFFSETS.micro_exercise.forEach((offset, index) => {
    const sentenceIndexes = Array.from(
      { length: Math.min(SENTENCES_PER_EXERCISE, input.sentenceCount) },
      (_, n) => (index * SENTENCES_PER_EXERCISE + n) % input.sentenceCount,
    );
    const scenario = rotate(input.basicScenarioIds, index);
    items.push({
      stage: 'micro_exercise',
      position: items.length,
      ownerId: input.coordinatorId,
      dueDate: due(offset),
      content: { sentenceIndexes, scenarioIds: scenario ? [scenario] : [] },
    });
  });
  for (const pair of pairUp(input.members)) {
    // A lone member is coached by the manager.
    const duo = pair.length === 1 ? [...pair, input.coordinatorId] : pair;
    items.push({
      stage: 'duo_coaching',
      position: items.length,
      ownerId: duo[0] as string,
      dueDate: due(DUE_OFFSETS.duo_coaching),
      content: { pair: duo },
    });
  }
  const halves = DUE_OFFSETS.repetition.length;
  DUE_OFFSETS.repetition.forEach((offset, index) => {
    items.push({
      stage: 'repetition',
      position: items.length,
      ownerId: input.coordinatorId,
      dueDate: due(offset),
      content: { scenarioIds: input.harderScenarioIds.filter((_, n) => n % halves === index) },
    });
  });
  items.push({
    stage: 'audit',
    position: items.length,
    ownerId: input.auditorId,
    dueDate: due(DUE_OFFSETS.audit),
    content: {},
  });
  return items;
}
