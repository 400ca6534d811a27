import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { SCALES, THEMES, ZSurveyItem } from './questionnaire.js';

/** A calendar day within reach: far-off years would overflow date arithmetic (a re-measurement is 3 months on). */
const day = z.iso.date().refine((value) => value >= '2000-01-01' && value <= '2100-12-31', {
  message: 'Choose a date between 2000 and 2100',
});

export const CAMPAIGN_KINDS = ['baseline', 'remeasurement'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;

const targets = {
  targetTeamIds: z.array(z.uuid()).max(200).default([]),
  targetOfficeIds: z.array(z.uuid()).max(50).default([]),
};

export const ZCreateCampaignRequest = z.strictObject({
  title: text({ min: 3, max: 200 }),
  kind: z.enum(CAMPAIGN_KINDS),
  /** For a re-measurement: the baseline it repeats (its items and targets are copied). */
  baselineId: z.uuid().optional(),
  ...targets,
  closesOn: day,
});
export type TCreateCampaignRequest = z.infer<typeof ZCreateCampaignRequest>;

export const ZUpdateCampaignRequest = z.strictObject({
  title: text({ min: 3, max: 200 }).optional(),
  // No defaults here: an absent list means "unchanged", not "nobody".
  targetTeamIds: z.array(z.uuid()).max(200).optional(),
  targetOfficeIds: z.array(z.uuid()).max(50).optional(),
  closesOn: day.optional(),
  /** A scheduled re-measurement's opening day. */
  opensOn: day.optional(),
  /** Plan a scheduled re-measurement three months after this training session instead. */
  afterTrainingSessionId: z.uuid().optional(),
});
export type TUpdateCampaignRequest = z.infer<typeof ZUpdateCampaignRequest>;

/** An item as the safety officer edits it: a new item has no key yet. */
export const ZEditedItem = z.discriminatedUnion('kind', [
  z.strictObject({
    key: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/)
      .optional(),
    kind: z.literal('scale'),
    theme: z.enum(THEMES),
    scale: z.enum(SCALES),
    text: z.strictObject({ nl: text({ min: 3, max: 300 }), en: text({ min: 3, max: 300 }) }),
  }),
  z.strictObject({
    key: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/)
      .optional(),
    kind: z.literal('open'),
    text: z.strictObject({ nl: text({ min: 3, max: 300 }), en: text({ min: 3, max: 300 }) }),
  }),
]);
export const ZUpdateItemsRequest = z.strictObject({ items: z.array(ZEditedItem).min(1).max(60) });
export type TUpdateItemsRequest = z.infer<typeof ZUpdateItemsRequest>;

export const ZResponseRequest = z.strictObject({
  answers: z.record(z.string().max(40), z.number().int().min(1).max(5)),
  openAnswers: z.record(z.string().max(40), text({ max: 2000 })).default({}),
});
export type TResponseRequest = z.infer<typeof ZResponseRequest>;

export const ZTeamRate = z.object({
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  invited: z.number(),
  responded: z.number(),
});

export const ZCampaign = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  baselineId: z.string().nullable(),
  baselineTitle: z.string().nullable(),
  items: z.array(ZSurveyItem),
  itemsVersion: z.number(),
  targetTeamIds: z.array(z.string()),
  targetOfficeIds: z.array(z.string()),
  opensOn: z.string().nullable(),
  closesOn: z.string(),
  afterTrainingSessionId: z.string().nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  invited: z.number(),
  responded: z.number(),
  /** Response rate per team (counts of people, never answers). */
  rates: z.array(ZTeamRate),
  /** The re-measurement planned for this baseline, if any. */
  remeasurement: z
    .object({ id: z.string(), title: z.string(), status: z.enum(CAMPAIGN_STATUSES), opensOn: z.string().nullable() })
    .nullable(),
});
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZCampaignSummary = ZCampaign.pick({
  id: true,
  title: true,
  kind: true,
  status: true,
  baselineId: true,
  opensOn: true,
  closesOn: true,
  invited: true,
  responded: true,
});
export type TCampaignSummary = z.infer<typeof ZCampaignSummary>;

export const ZInvitation = z.object({
  campaignId: z.string(),
  title: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  closesOn: z.string(),
  responded: z.boolean(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZQuestionnaire = ZInvitation.extend({ items: z.array(ZSurveyItem) });
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;

export const ZResultsQuery = z.strictObject({
  officeId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  teamId: z.uuid().optional(),
});
export type TResultsQuery = z.infer<typeof ZResultsQuery>;

const ZThemeFigure = z.object({
  theme: z.enum(THEMES),
  higherIsBetter: z.boolean(),
  mean: z.number(),
  comparison: z
    .object({
      baselineMean: z.number(),
      baselineN: z.number(),
      difference: z.number(),
      ciLow: z.number(),
      ciHigh: z.number(),
      hedgesG: z.number(),
      effect: z.enum(['negligible', 'small', 'medium', 'large']),
    })
    .nullable(),
});
export type TThemeFigure = z.infer<typeof ZThemeFigure>;

/** A group's figures; `suppressed` groups (fewer than five, or held back against subtraction) carry none. */
export const ZGroupResult = z.object({
  kind: z.enum(['organisation', 'team']),
  id: z.string().nullable(),
  name: z.string(),
  officeName: z.string().nullable(),
  departmentName: z.string().nullable(),
  suppressed: z.boolean(),
  respondents: z.number().nullable(),
  /** Baseline respondents of the same group, when it may be shown. */
  baselineRespondents: z.number().nullable(),
  themes: z.array(ZThemeFigure),
  items: z.array(z.object({ key: z.string(), mean: z.number() })),
});
export type TGroupResult = z.infer<typeof ZGroupResult>;

export const ZResults = z.object({
  campaignId: z.string(),
  title: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  baseline: z.object({ id: z.string(), title: z.string() }).nullable(),
  minGroupSize: z.number(),
  items: z.array(ZSurveyItem),
  groups: z.array(ZGroupResult),
  /** The organisation's open answers, in alphabetical order (never per team); safety officer only. */
  openAnswers: z.array(z.object({ key: z.string(), answers: z.array(z.string()) })).nullable(),
});
export type TResults = z.infer<typeof ZResults>;
