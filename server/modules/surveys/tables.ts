import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { teams } from '../org/tables.js';
import { trainingSessions } from '../training/tables.js';
import { users } from '../users/tables.js';
import type { SurveyItem } from './questionnaire.js';

/**
 * A measurement round: a baseline (nulmeting) or a re-measurement (nameting) of one baseline. It carries its own
 * copy of the questionnaire's items (versioned: fixed once the campaign opens) and its targets.
 */
export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** baseline | remeasurement */
    kind: text('kind').notNull(),
    /** draft → open → closed; a re-measurement waits as scheduled until its opening day. */
    status: text('status').notNull().default('draft'),
    baselineId: uuid('baseline_id').references((): AnyPgColumn => surveyCampaigns.id),
    items: jsonb('items').$type<SurveyItem[]>().notNull(),
    /** Raised with every change of the items, so the audit log and answers name the version they belong to. */
    itemsVersion: integer('items_version').notNull().default(1),
    /** Teams and offices invited; both empty means the whole organisation. */
    targetTeamIds: uuid('target_team_ids').array().notNull().default([]),
    targetOfficeIds: uuid('target_office_ids').array().notNull().default([]),
    /** Planned opening day (Dutch calendar); for a scheduled re-measurement the day the job opens it. */
    opensOn: date('opens_on', { mode: 'string' }),
    /** Last day answers are accepted (Dutch calendar); the job closes the campaign after it. */
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** The training session a re-measurement was planned after, when the safety officer chose one. */
    afterTrainingSessionId: uuid('after_training_session_id').references(() => trainingSessions.id, {
      onDelete: 'set null',
    }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_campaigns_status_idx').on(t.status, t.opensOn),
    index('survey_campaigns_baseline_idx').on(t.baselineId),
  ],
);

/**
 * Who was invited and whether they answered: it stops double answers and tells whom to remind. It holds no
 * answer and nothing that links it to one (answers carry neither a user nor a time).
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The invitee's team when invited, for the response rate per team. */
    teamId: uuid('team_id').references(() => teams.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] }), index('survey_invitations_user_idx').on(t.userId)],
);

/**
 * One anonymous set of answers. No user, no time, a random id: nothing links it to an invitation. Only the team
 * is kept (its office and department follow from it), for figures per team, and those only for groups of at
 * least five (anonymity.ts).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => surveyCampaigns.id, { onDelete: 'cascade' }),
    itemsVersion: integer('items_version').notNull(),
    teamId: uuid('team_id').references(() => teams.id),
    /** Scale answers, item key → 1..5. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    /** Open answers, item key → text; empty answers are left out. */
    openAnswers: jsonb('open_answers').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [index('survey_responses_campaign_idx').on(t.campaignId, t.teamId)],
);
