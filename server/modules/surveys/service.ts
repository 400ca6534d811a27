import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { dutchDate } from '../../time/dutch-time.js';
import { recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { offices, teams } from '../org/tables.js';
import { trainingSessions } from '../training/tables.js';
import { addCalendarDays, addCalendarMonths, daysBetween, REMEASUREMENT_MONTHS } from './dates.js';
import {
  type CampaignRow,
  closeCampaignInTx,
  lockCampaign,
  newItemKey,
  openCampaignInTx,
  remindInTx,
} from './lifecycle.js';
import { BUILT_IN_ITEMS, type SurveyItem } from './questionnaire.js';
import { campaignResults, openAnswersOf, type ResultScope } from './results.js';
import type {
  TCampaign,
  TCampaignSummary,
  TCreateCampaignRequest,
  TInvitation,
  TQuestionnaire,
  TResponseRequest,
  TResults,
  TResultsQuery,
  TUpdateCampaignRequest,
  TUpdateItemsRequest,
} from './schema.js';
import { surveyCampaigns, surveyInvitations, surveyResponses } from './tables.js';

type Kind = TCampaign['kind'];
type Status = TCampaign['status'];

async function rateCounts(ctx: AppContext, campaignIds: string[]) {
  if (campaignIds.length === 0) return new Map<string, { invited: number; responded: number }>();
  const rows = await ctx.db
    .select({
      campaignId: surveyInvitations.campaignId,
      invited: sql<number>`count(*)::int`,
      responded: sql<number>`count(${surveyInvitations.respondedAt})::int`,
    })
    .from(surveyInvitations)
    .where(inArray(surveyInvitations.campaignId, campaignIds))
    .groupBy(surveyInvitations.campaignId);
  return new Map(
    rows.map((row) => [row.campaignId, { invited: Number(row.invited), responded: Number(row.responded) }]),
  );
}

export async function listCampaigns(ctx: AppContext): Promise<TCampaignSummary[]> {
  const rows = await ctx.db.select().from(surveyCampaigns).orderBy(desc(surveyCampaigns.createdAt));
  const rates = await rateCounts(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind as Kind,
    status: row.status as Status,
    baselineId: row.baselineId,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    invited: rates.get(row.id)?.invited ?? 0,
    responded: rates.get(row.id)?.responded ?? 0,
  }));
}

export async function getCampaign(ctx: AppContext, id: string): Promise<TCampaign> {
  const [row] = await ctx.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id));
  if (!row) throw new ProblemError(404, 'not_found');
  const [baseline] = row.baselineId
    ? await ctx.db
        .select({ title: surveyCampaigns.title })
        .from(surveyCampaigns)
        .where(eq(surveyCampaigns.id, row.baselineId))
    : [];
  const [remeasurement] = await ctx.db
    .select({
      id: surveyCampaigns.id,
      title: surveyCampaigns.title,
      status: surveyCampaigns.status,
      opensOn: surveyCampaigns.opensOn,
    })
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.baselineId, row.id))
    .orderBy(asc(surveyCampaigns.createdAt))
    .limit(1);
  const perTeam = await ctx.db
    .select({
      teamId: surveyInvitations.teamId,
      teamName: teams.name,
      invited: sql<number>`count(*)::int`,
      responded: sql<number>`count(${surveyInvitations.respondedAt})::int`,
    })
    .from(surveyInvitations)
    .leftJoin(teams, eq(teams.id, surveyInvitations.teamId))
    .where(eq(surveyInvitations.campaignId, row.id))
    .groupBy(surveyInvitations.teamId, teams.name)
    .orderBy(asc(teams.name));
  const rates = perTeam.map((rate) => ({ ...rate, invited: Number(rate.invited), responded: Number(rate.responded) }));
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as Kind,
    status: row.status as Status,
    baselineId: row.baselineId,
    baselineTitle: baseline?.title ?? null,
    items: row.items,
    itemsVersion: row.itemsVersion,
    targetTeamIds: row.targetTeamIds,
    targetOfficeIds: row.targetOfficeIds,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    afterTrainingSessionId: row.afterTrainingSessionId,
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    lastRemindedAt: row.lastRemindedAt?.toISOString() ?? null,
    invited: rates.reduce((sum, rate) => sum + rate.invited, 0),
    responded: rates.reduce((sum, rate) => sum + rate.responded, 0),
    rates,
    remeasurement: remeasurement ? { ...remeasurement, status: remeasurement.status as Status } : null,
  };
}

async function checkTargets(tx: Tx, teamIds: string[], officeIds: string[]) {
  const uniqueTeams = [...new Set(teamIds)];
  const uniqueOffices = [...new Set(officeIds)];
  if (uniqueTeams.length > 0) {
    const found = await tx.select({ id: teams.id }).from(teams).where(inArray(teams.id, uniqueTeams));
    if (found.length !== uniqueTeams.length) throw new ProblemError(400, 'unknown_reference', { field: 'team' });
  }
  if (uniqueOffices.length > 0) {
    const found = await tx.select({ id: offices.id }).from(offices).where(inArray(offices.id, uniqueOffices));
    if (found.length !== uniqueOffices.length)
      throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
  }
  return { teamIds: uniqueTeams, officeIds: uniqueOffices };
}

export async function createCampaign(ctx: AppContext, user: SessionUser, input: TCreateCampaignRequest) {
  if (input.closesOn < dutchDate()) throw new ProblemError(400, 'survey_closes_in_past');
  return ctx.db.transaction(async (tx) => {
    const targets = await checkTargets(tx, input.targetTeamIds, input.targetOfficeIds);
    let items: SurveyItem[] = [...BUILT_IN_ITEMS];
    let baselineId: string | null = null;
    if (input.kind === 'remeasurement') {
      if (!input.baselineId) throw new ProblemError(400, 'survey_baseline_required');
      const [baseline] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, input.baselineId));
      if (baseline?.kind !== 'baseline') throw new ProblemError(400, 'survey_baseline_required');
      // The same questions as the baseline, so the two rounds can be compared.
      items = baseline.items;
      baselineId = baseline.id;
    } else if (input.baselineId) {
      throw new ProblemError(400, 'survey_baseline_required');
    }
    const [row] = await tx
      .insert(surveyCampaigns)
      .values({
        title: input.title,
        kind: input.kind,
        status: 'draft',
        baselineId,
        items,
        targetTeamIds: targets.teamIds,
        targetOfficeIds: targets.officeIds,
        closesOn: input.closesOn,
        createdBy: user.id,
      })
      .returning({ id: surveyCampaigns.id });
    if (!row) throw new Error('campaign insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'survey.created',
      entityType: 'survey_campaign',
      entityId: row.id,
      after: { title: input.title, kind: input.kind, baselineId, ...targets, closesOn: input.closesOn },
    });
    return row.id;
  });
}

function editable(campaign: CampaignRow | undefined): CampaignRow {
  if (!campaign) throw new ProblemError(404, 'not_found');
  if (campaign.status !== 'draft' && campaign.status !== 'scheduled')
    throw new ProblemError(409, 'survey_not_editable');
  return campaign;
}

export async function updateCampaign(ctx: AppContext, user: SessionUser, id: string, input: TUpdateCampaignRequest) {
  await ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, id);
    if (!campaign) throw new ProblemError(404, 'not_found');
    // Only the closing day of an open campaign may still move (to give people more time).
    const onlyClosing = Object.keys(input).every((key) => key === 'closesOn');
    if (campaign.status === 'open' ? !onlyClosing : campaign.status === 'closed') editable(campaign);
    const changes: Partial<CampaignRow> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.targetTeamIds !== undefined || input.targetOfficeIds !== undefined) {
      const targets = await checkTargets(
        tx,
        input.targetTeamIds ?? campaign.targetTeamIds,
        input.targetOfficeIds ?? campaign.targetOfficeIds,
      );
      changes.targetTeamIds = targets.teamIds;
      changes.targetOfficeIds = targets.officeIds;
    }
    let opensOn = input.opensOn;
    if (input.afterTrainingSessionId) {
      const [session] = await tx
        .select({ startsAt: trainingSessions.startsAt })
        .from(trainingSessions)
        .where(eq(trainingSessions.id, input.afterTrainingSessionId));
      if (!session) throw new ProblemError(400, 'unknown_reference', { field: 'training' });
      opensOn = addCalendarMonths(dutchDate(session.startsAt), REMEASUREMENT_MONTHS);
      changes.afterTrainingSessionId = input.afterTrainingSessionId;
    }
    if (opensOn !== undefined) {
      if (campaign.status !== 'scheduled') throw new ProblemError(409, 'survey_not_scheduled');
      if (opensOn < dutchDate()) throw new ProblemError(400, 'survey_opens_in_past');
      changes.opensOn = opensOn;
      if (input.opensOn !== undefined) changes.afterTrainingSessionId = null;
      // Moving the opening day keeps the planned period's length unless a closing day is given too.
      if (input.closesOn === undefined && campaign.opensOn)
        changes.closesOn = addCalendarDays(opensOn, daysBetween(campaign.opensOn, campaign.closesOn));
    }
    if (input.closesOn !== undefined) {
      if (input.closesOn < dutchDate()) throw new ProblemError(400, 'survey_closes_in_past');
      changes.closesOn = input.closesOn;
    }
    const closesOn = changes.closesOn ?? campaign.closesOn;
    const opens = changes.opensOn ?? campaign.opensOn;
    if (opens && closesOn < opens) throw new ProblemError(400, 'period_reversed');
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(surveyCampaigns)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(surveyCampaigns.id, id));
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(changes)) before[key] = campaign[key as keyof CampaignRow];
    await recordAudit(tx, actorOf(user), {
      action: 'survey.updated',
      entityType: 'survey_campaign',
      entityId: id,
      before,
      after: changes,
    });
  });
}

/**
 * Replaces the items of a campaign that has not opened yet. An item keeps its key when reworded, so answers and
 * comparisons stay with its theme; new items get a fresh key; the version goes up with every change.
 */
export async function updateItems(ctx: AppContext, user: SessionUser, id: string, input: TUpdateItemsRequest) {
  await ctx.db.transaction(async (tx) => {
    const campaign = editable(await lockCampaign(tx, id));
    const known = new Set([...campaign.items.map((item) => item.key), ...BUILT_IN_ITEMS.map((item) => item.key)]);
    const seen = new Set<string>();
    const items: SurveyItem[] = input.items.map((item) => {
      const key = item.key && known.has(item.key) ? item.key : newItemKey();
      if (seen.has(key)) throw new ProblemError(400, 'survey_items_invalid');
      seen.add(key);
      return { ...item, key } as SurveyItem;
    });
    if (!items.some((item) => item.kind === 'scale')) throw new ProblemError(400, 'survey_items_invalid');
    const itemsVersion = campaign.itemsVersion + 1;
    await tx
      .update(surveyCampaigns)
      .set({ items, itemsVersion, updatedAt: new Date() })
      .where(eq(surveyCampaigns.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'survey.items_changed',
      entityType: 'survey_campaign',
      entityId: id,
      before: { itemsVersion: campaign.itemsVersion, keys: campaign.items.map((item) => item.key) },
      after: { itemsVersion, keys: items.map((item) => item.key) },
    });
  });
}

export function openCampaign(ctx: AppContext, user: SessionUser, id: string): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, id);
    if (!campaign) throw new ProblemError(404, 'not_found');
    return openCampaignInTx(tx, actorOf(user), campaign, ctx.config);
  });
}

export function closeCampaign(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  return ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, id);
    if (!campaign) throw new ProblemError(404, 'not_found');
    await closeCampaignInTx(tx, actorOf(user), campaign);
  });
}

export function remindCampaign(ctx: AppContext, user: SessionUser, id: string): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, id);
    if (!campaign) throw new ProblemError(404, 'not_found');
    return remindInTx(tx, actorOf(user), campaign, ctx.config);
  });
}

/** Open questionnaires waiting for this user (the home screen). */
export async function myInvitations(ctx: AppContext, user: SessionUser): Promise<TInvitation[]> {
  const rows = await ctx.db
    .select({
      campaignId: surveyCampaigns.id,
      title: surveyCampaigns.title,
      kind: surveyCampaigns.kind,
      closesOn: surveyCampaigns.closesOn,
      respondedAt: surveyInvitations.respondedAt,
    })
    .from(surveyInvitations)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyInvitations.campaignId))
    .where(
      and(
        eq(surveyInvitations.userId, user.id),
        eq(surveyCampaigns.status, 'open'),
        isNull(surveyInvitations.respondedAt),
      ),
    )
    .orderBy(asc(surveyCampaigns.closesOn));
  return rows
    .filter((row) => row.closesOn >= dutchDate())
    .map((row) => ({ ...row, kind: row.kind as Kind, responded: row.respondedAt !== null }));
}

/** The questionnaire for an invitee; 404 for anyone not invited (a campaign is not announced to outsiders). */
export async function questionnaireFor(ctx: AppContext, user: SessionUser, id: string): Promise<TQuestionnaire> {
  const [row] = await ctx.db
    .select({
      campaignId: surveyCampaigns.id,
      title: surveyCampaigns.title,
      kind: surveyCampaigns.kind,
      status: surveyCampaigns.status,
      closesOn: surveyCampaigns.closesOn,
      items: surveyCampaigns.items,
      respondedAt: surveyInvitations.respondedAt,
    })
    .from(surveyInvitations)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyInvitations.campaignId))
    .where(and(eq(surveyInvitations.userId, user.id), eq(surveyInvitations.campaignId, id)));
  if (!row) throw new ProblemError(404, 'not_found');
  if (row.status !== 'open' || row.closesOn < dutchDate()) throw new ProblemError(409, 'survey_closed');
  return {
    campaignId: row.campaignId,
    title: row.title,
    kind: row.kind as Kind,
    closesOn: row.closesOn,
    items: row.items,
    responded: row.respondedAt !== null,
  };
}

/**
 * Stores one anonymous set of answers and marks the invitation as answered, in one transaction. The answer row
 * gets a random id and no user or time; the audit log records that the user answered, never what.
 */
export async function respond(ctx: AppContext, user: SessionUser, id: string, input: TResponseRequest) {
  await ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.campaignId, id), eq(surveyInvitations.userId, user.id)))
      .for('update');
    if (!invitation) throw new ProblemError(404, 'not_found');
    const [campaign] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, id));
    if (campaign?.status !== 'open' || campaign.closesOn < dutchDate()) throw new ProblemError(409, 'survey_closed');
    if (invitation.respondedAt) throw new ProblemError(409, 'survey_already_answered');
    const scaleKeys = campaign.items.filter((item) => item.kind === 'scale').map((item) => item.key);
    const openKeys = new Set(campaign.items.filter((item) => item.kind === 'open').map((item) => item.key));
    const answerKeys = Object.keys(input.answers);
    // Every scale item is answered, so every figure of a group rests on all of its (at least five) people.
    if (answerKeys.length !== scaleKeys.length || !scaleKeys.every((key) => key in input.answers))
      throw new ProblemError(400, 'survey_answers_invalid');
    const openAnswers: Record<string, string> = {};
    for (const [key, value] of Object.entries(input.openAnswers)) {
      if (!openKeys.has(key)) throw new ProblemError(400, 'survey_answers_invalid');
      if (value.length > 0) openAnswers[key] = value;
    }
    await tx
      .update(surveyInvitations)
      .set({ respondedAt: new Date() })
      .where(and(eq(surveyInvitations.campaignId, id), eq(surveyInvitations.userId, user.id)));
    await tx.insert(surveyResponses).values({
      campaignId: id,
      itemsVersion: campaign.itemsVersion,
      teamId: user.teamId,
      answers: input.answers,
      openAnswers,
    });
    await recordAudit(tx, actorOf(user), {
      action: 'survey.responded',
      entityType: 'survey_campaign',
      entityId: id,
    });
  });
}

function scopeOf(user: SessionUser): ResultScope {
  if (user.roles.some((role) => role === 'safety_officer' || role === 'director' || role === 'hr'))
    return { kind: 'organisation' };
  return { kind: 'departments', departmentIds: user.departmentId ? [user.departmentId] : [] };
}

/** Results as the user may see them; open answers only for the safety officer, and their reading is logged. */
export async function resultsFor(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  query: TResultsQuery,
): Promise<TResults> {
  const results = await campaignResults(ctx.db, id, scopeOf(user), query);
  if (!results) throw new ProblemError(404, 'not_found');
  let openAnswers: TResults['openAnswers'] = null;
  if (user.roles.includes('safety_officer')) {
    openAnswers = await openAnswersOf(ctx.db, id, results.items);
    if (openAnswers) await recordRead(ctx, user, { entityType: 'survey_open_answers', entityId: id });
  }
  return { ...results, openAnswers };
}
