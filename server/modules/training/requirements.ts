import { z } from 'zod';
import { ZText } from '../protocols/content.js';
import { ROLES } from '../users/roles.js';
import { ELEARNING_MODULES } from './elearning/modules.js';
import { TRAINING_CHANNELS } from './scenario.js';

/**
 * Training requirements per role (issue 9: "frontoffice: yearly refresher; managers; intervention team"), and when
 * each person is due. What counts today is practice in the scenario trainer: a number of finished scenarios within
 * the interval. Alarm drills will count for the intervention team once alarms exist (another branch).
 */
export const ZRequirement = z
  .strictObject({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/),
    role: z.enum(ROLES),
    title: ZText,
    intervalMonths: z.number().int().min(1).max(60),
    /** Finished scenarios needed within the interval; 0 when only the e-learning module counts. */
    minimumScenarios: z.number().int().min(0).max(20),
    /** Only scenarios of this channel count; null: any channel. */
    channel: z.enum(TRAINING_CHANNELS).nullable().default(null),
    /** An e-learning module that must be passed within the interval too (e.g. aftercare for managers). */
    moduleId: z
      .string()
      .nullable()
      .default(null)
      .refine((id) => id === null || ELEARNING_MODULES.some((module) => module.id === id), {
        message: 'Unknown e-learning module',
      }),
  })
  .refine((requirement) => requirement.minimumScenarios > 0 || requirement.moduleId !== null, {
    message: 'A requirement needs practice conversations, an e-learning module, or both',
  });
export type TRequirement = z.infer<typeof ZRequirement>;

export const ZRequirementList = z
  .array(ZRequirement)
  .max(30)
  .refine((list) => new Set(list.map((entry) => entry.id)).size === list.length, {
    message: 'Every requirement needs its own code',
  });

const t = (nl: string, en: string) => ({ nl, en });

export const DEFAULT_REQUIREMENTS: TRequirement[] = [
  {
    id: 'frontoffice-jaarlijks',
    role: 'employee',
    title: t('Jaarlijkse opfrisser: drie oefengesprekken', 'Yearly refresher: three practice conversations'),
    intervalMonths: 12,
    minimumScenarios: 3,
    channel: null,
    moduleId: null,
  },
  {
    id: 'interventieteam-halfjaarlijks',
    role: 'responder',
    title: t(
      'Interventieteam: twee oefengesprekken per half jaar',
      'Intervention team: two practice conversations every six months',
    ),
    intervalMonths: 6,
    minimumScenarios: 2,
    channel: null,
    moduleId: null,
  },
  {
    id: 'leidinggevende-jaarlijks',
    role: 'manager',
    title: t(
      'Leidinggevende: nazorg en rugdekking (e-learning) en twee oefengesprekken per jaar',
      'Manager: aftercare and backing (e-learning) and two practice conversations a year',
    ),
    intervalMonths: 12,
    minimumScenarios: 2,
    channel: null,
    moduleId: 'nazorg-en-rugdekking',
  },
];

export const REQUIREMENT_STATUSES = ['done', 'due_soon', 'overdue', 'open'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** How long before the due date a requirement shows as "due soon". */
export const DUE_SOON_DAYS = 30;
/** A newcomer has this long for a first completion. */
export const FIRST_COMPLETION_MONTHS = 1;

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export interface FinishedPractice {
  finishedAt: Date;
  channel: string;
}

export interface RequirementState {
  status: RequirementStatus;
  /** When the requirement was last met: the moment the last of enough scenarios within one interval was finished. */
  completedAt: Date | null;
  dueAt: Date;
  /** Scenarios that count, finished within the last interval. */
  recent: number;
}

/** Pure: where one person stands with one requirement at `now`. `modulePasses`: when they passed its module. */
export function requirementState(
  requirement: TRequirement,
  practice: FinishedPractice[],
  memberSince: Date,
  now: Date,
  modulePasses: Date[] = [],
): RequirementState {
  const counting = practice
    .filter((entry) => requirement.channel === null || entry.channel === requirement.channel)
    .map((entry) => entry.finishedAt)
    .sort((a, b) => b.getTime() - a.getTime());
  const need = requirement.minimumScenarios;
  let practisedAt: Date | null = null;
  // The newest window of `need` finished scenarios that fits within one interval.
  for (let index = 0; need > 0 && index + need - 1 < counting.length; index++) {
    const newest = counting[index] as Date;
    const oldest = counting[index + need - 1] as Date;
    if (addMonths(oldest, requirement.intervalMonths) >= newest) {
      practisedAt = newest;
      break;
    }
  }
  const passedAt = [...modulePasses].sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  let completedAt: Date | null;
  if (requirement.moduleId === null) completedAt = practisedAt;
  else if (need === 0) completedAt = passedAt;
  else if (practisedAt && passedAt) {
    // Both parts, no further apart than one interval: met when the later one was done.
    const [earlier, later] = practisedAt < passedAt ? [practisedAt, passedAt] : [passedAt, practisedAt];
    completedAt = addMonths(earlier, requirement.intervalMonths) >= later ? later : null;
  } else completedAt = null;
  const dueAt = completedAt
    ? addMonths(completedAt, requirement.intervalMonths)
    : addMonths(memberSince, FIRST_COMPLETION_MONTHS);
  const windowStart = addMonths(now, -requirement.intervalMonths);
  const recent = counting.filter((date) => date >= windowStart).length;
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 24 * 60 * 60 * 1000);
  let status: RequirementStatus;
  if (dueAt < now) status = 'overdue';
  else if (!completedAt) status = 'open';
  else if (dueAt < soon) status = 'due_soon';
  else status = 'done';
  return { status, completedAt, dueAt, recent };
}
