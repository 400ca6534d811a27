import { z } from 'zod';
import { ZText } from '../protocols/content.js';
import { ROLES } from '../users/roles.js';
import { ELEARNING_MODULES } from './elearning/modules.js';
import { TRAINING_CHANNELS } from './scenario.js';

/**
 * Training requirements per role (issue 9: "frontoffice: yearly refresher; managers: aftercare training; intervention
 * team: team training plus drills, where alarm drills count"), and when each person is due. What counts: finished
 * practice conversations in the scenario trainer, a passed e-learning module, attendance at a classroom session
 * planned for the requirement, and for responders the alarm drills of their office they answered.
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
    /** Alarm drills of their own office the person answered ("ik kom" or arrived) within the interval. */
    minimumDrills: z.number().int().min(0).max(12).default(0),
    /** An e-learning module that must be passed within the interval too (e.g. aftercare for managers). */
    moduleId: z
      .string()
      .nullable()
      .default(null)
      .refine((id) => id === null || ELEARNING_MODULES.some((module) => module.id === id), {
        message: 'Unknown e-learning module',
      }),
  })
  .refine(
    (requirement) => requirement.minimumScenarios > 0 || requirement.moduleId !== null || requirement.minimumDrills > 0,
    { message: 'A requirement needs practice conversations, an e-learning module or alarm drills' },
  );
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
    minimumDrills: 0,
    channel: null,
    moduleId: null,
  },
  {
    id: 'interventieteam-halfjaarlijks',
    role: 'responder',
    title: t(
      'Interventieteam: teamtraining (twee oefengesprekken of een training) en een oefenalarm per half jaar',
      'Intervention team: team training (two practice conversations or a session) and an alarm drill every six months',
    ),
    intervalMonths: 6,
    minimumScenarios: 2,
    minimumDrills: 1,
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
    minimumDrills: 0,
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
  /** When the requirement was last met: the moment its last part (within one interval of the others) was done. */
  completedAt: Date | null;
  dueAt: Date;
  /** Scenarios that count, finished within the last interval. */
  recent: number;
  /** Alarm drills answered within the last interval. */
  recentDrills: number;
}

/** What else a person did that serves this requirement, besides practice conversations. */
export interface OtherRecords {
  /** When they passed the requirement's e-learning module. */
  modulePasses?: Date[];
  /** Classroom sessions planned for this requirement that they attended (when each took place). */
  sessions?: Date[];
  /** Alarm drills of their own office they answered (when they answered). */
  drills?: Date[];
}

const newestFirst = (dates: Date[]) => [...dates].sort((a, b) => b.getTime() - a.getTime());

/** The newest moment `need` of `dates` (newest first) fit within one interval; null when they never did. */
function windowMet(dates: Date[], need: number, intervalMonths: number): Date | null {
  for (let index = 0; need > 0 && index + need - 1 < dates.length; index++) {
    const newest = dates[index] as Date;
    const oldest = dates[index + need - 1] as Date;
    if (addMonths(oldest, intervalMonths) >= newest) return newest;
  }
  return null;
}

const latest = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

/**
 * Pure: where one person stands with one requirement at `now`. Each part the requirement asks for (practice
 * conversations, the e-learning module, alarm drills) must be met, no further apart than one interval; the
 * requirement is met when the last of them was. A classroom session planned for the requirement counts as its
 * training: as the practice conversations, or, for a requirement without them, as the module.
 */
export function requirementState(
  requirement: TRequirement,
  practice: FinishedPractice[],
  memberSince: Date,
  now: Date,
  modulePassesOrRecords: Date[] | OtherRecords = [],
): RequirementState {
  const records: OtherRecords = Array.isArray(modulePassesOrRecords)
    ? { modulePasses: modulePassesOrRecords }
    : modulePassesOrRecords;
  const counting = newestFirst(
    practice
      .filter((entry) => requirement.channel === null || entry.channel === requirement.channel)
      .map((entry) => entry.finishedAt),
  );
  const sessionAt = latest(records.sessions ?? []);
  const passedAt = latest(records.modulePasses ?? []);
  const drills = newestFirst(records.drills ?? []);
  const parts: (Date | null)[] = [];
  if (requirement.minimumScenarios > 0)
    parts.push(latest([windowMet(counting, requirement.minimumScenarios, requirement.intervalMonths), sessionAt]));
  if (requirement.moduleId !== null)
    parts.push(requirement.minimumScenarios > 0 ? passedAt : latest([passedAt, sessionAt]));
  if (requirement.minimumDrills > 0)
    parts.push(windowMet(drills, requirement.minimumDrills, requirement.intervalMonths));
  let completedAt: Date | null = null;
  if (parts.length > 0 && parts.every((part) => part !== null)) {
    const dates = parts as Date[];
    const earliest = dates.reduce((min, date) => (date < min ? date : min));
    const last = latest(dates) as Date;
    // All parts within one interval of each other: met when the last one was done.
    completedAt = addMonths(earliest, requirement.intervalMonths) >= last ? last : null;
  }
  const dueAt = completedAt
    ? addMonths(completedAt, requirement.intervalMonths)
    : addMonths(memberSince, FIRST_COMPLETION_MONTHS);
  const windowStart = addMonths(now, -requirement.intervalMonths);
  const recent = counting.filter((date) => date >= windowStart).length;
  const recentDrills = drills.filter((date) => date >= windowStart).length;
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 24 * 60 * 60 * 1000);
  let status: RequirementStatus;
  if (dueAt < now) status = 'overdue';
  else if (!completedAt) status = 'open';
  else if (dueAt < soon) status = 'due_soon';
  else status = 'done';
  return { status, completedAt, dueAt, recent, recentDrills };
}
