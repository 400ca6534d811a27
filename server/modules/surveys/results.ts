import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { departments, offices, teams } from '../org/tables.js';
import { disclosure, MIN_GROUP_SIZE, type TeamCounts } from './anonymity.js';
import { HIGHER_IS_BETTER, type SurveyItem, THEMES, type Theme } from './questionnaire.js';
import type { TGroupResult, TResults, TResultsQuery, TThemeFigure } from './schema.js';
import { compareMeans, mean } from './stats.js';
import { surveyCampaigns, surveyInvitations, surveyResponses } from './tables.js';

/**
 * Survey figures for other modules (the dashboards, the evidence report) and for the results page. Every figure
 * passes the anonymity rule of anonymity.ts: groups under five people, or held back against subtraction, come
 * back `suppressed` without numbers.
 */

/** Whose figures a viewer may see: the whole organisation, or the teams of some departments (a manager). */
export type ResultScope = { kind: 'organisation' } | { kind: 'departments'; departmentIds: string[] };

interface Respondent {
  teamId: string | null;
  scores: Map<Theme, number>;
  answers: Record<string, number>;
}

interface Round {
  respondents: Respondent[];
  shown: ReturnType<typeof disclosure>;
}

function themesOf(items: SurveyItem[]): Map<Theme, string[]> {
  const byTheme = new Map<Theme, string[]>();
  for (const item of items) {
    if (item.kind !== 'scale') continue;
    byTheme.set(item.theme, [...(byTheme.get(item.theme) ?? []), item.key]);
  }
  return byTheme;
}

async function loadRound(db: Executor, campaignId: string, items: SurveyItem[]): Promise<Round> {
  const rows = await db
    .select({ teamId: surveyResponses.teamId, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(eq(surveyResponses.campaignId, campaignId));
  const byTheme = themesOf(items);
  const counts: TeamCounts = new Map();
  const respondents = rows.map((row) => {
    counts.set(row.teamId, (counts.get(row.teamId) ?? 0) + 1);
    const scores = new Map<Theme, number>();
    for (const [theme, keys] of byTheme) {
      const values = keys.map((key) => row.answers[key]).filter((value): value is number => typeof value === 'number');
      const score = mean(values);
      if (score !== null) scores.set(theme, score);
    }
    return { teamId: row.teamId, scores, answers: row.answers };
  });
  return { respondents, shown: disclosure(counts) };
}

function themeFigures(group: Respondent[], baselineGroup: Respondent[] | null, themes: Theme[]): TThemeFigure[] {
  const figures: TThemeFigure[] = [];
  for (const theme of themes) {
    const scores = group.map((respondent) => respondent.scores.get(theme)).filter((v): v is number => v !== undefined);
    const average = mean(scores);
    if (average === null) continue;
    const baselineScores =
      baselineGroup?.map((respondent) => respondent.scores.get(theme)).filter((v): v is number => v !== undefined) ??
      [];
    const comparison = baselineGroup ? compareMeans(baselineScores, scores) : null;
    figures.push({
      theme,
      higherIsBetter: HIGHER_IS_BETTER[theme],
      mean: average,
      comparison: comparison
        ? {
            baselineMean: comparison.baselineMean,
            baselineN: comparison.baselineN,
            difference: comparison.difference,
            ciLow: comparison.ciLow,
            ciHigh: comparison.ciHigh,
            hedgesG: comparison.hedgesG,
            effect: comparison.effect,
          }
        : null,
    });
  }
  return figures;
}

function itemMeans(group: Respondent[], items: SurveyItem[]) {
  return items
    .filter((item) => item.kind === 'scale')
    .map((item) => ({
      key: item.key,
      mean: mean(group.map((r) => r.answers[item.key]).filter((v): v is number => typeof v === 'number')),
    }))
    .filter((item): item is { key: string; mean: number } => item.mean !== null);
}

/** The figures of one campaign (with its baseline's, for a re-measurement) for a viewer's scope and filters. */
export async function campaignResults(
  db: Executor,
  campaignId: string,
  scope: ResultScope,
  filter: TResultsQuery = {},
): Promise<Omit<TResults, 'openAnswers'> | null> {
  const [campaign] = await db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId));
  if (!campaign) return null;
  const [baseline] = campaign.baselineId
    ? await db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaign.baselineId))
    : [];
  const round = await loadRound(db, campaign.id, campaign.items);
  const baselineRound = baseline ? await loadRound(db, baseline.id, baseline.items) : null;
  const themes = THEMES.filter((theme) => themesOf(campaign.items).has(theme));

  // Teams of this campaign: those invited and those answered for (a team may have been renamed or moved since).
  const invitedTeams = await db
    .selectDistinct({ teamId: surveyInvitations.teamId })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.campaignId, campaign.id));
  const teamIds = new Set<string>();
  for (const row of invitedTeams) if (row.teamId) teamIds.add(row.teamId);
  for (const respondent of round.respondents) if (respondent.teamId) teamIds.add(respondent.teamId);
  const teamRows =
    teamIds.size === 0
      ? []
      : await db
          .select({
            id: teams.id,
            name: teams.name,
            officeId: teams.officeId,
            departmentId: teams.departmentId,
            officeName: offices.name,
            departmentName: departments.name,
          })
          .from(teams)
          .innerJoin(departments, eq(departments.id, teams.departmentId))
          .leftJoin(offices, eq(offices.id, teams.officeId))
          .where(inArray(teams.id, [...teamIds]));
  // Filters choose which teams are listed; they never form a group of their own (anonymity.ts).
  const visibleTeams = teamRows
    .filter((team) => scope.kind === 'organisation' || scope.departmentIds.includes(team.departmentId))
    .filter((team) => !filter.officeId || team.officeId === filter.officeId)
    .filter((team) => !filter.departmentId || team.departmentId === filter.departmentId)
    .filter((team) => !filter.teamId || team.id === filter.teamId)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const groups: TGroupResult[] = [];
  const figuresFor = (
    members: Respondent[],
    shown: boolean,
    baselineMembers: Respondent[] | null,
    baselineShown: boolean,
  ) =>
    shown
      ? {
          suppressed: false,
          respondents: members.length,
          baselineRespondents: baselineMembers && baselineShown ? baselineMembers.length : null,
          themes: themeFigures(members, baselineShown ? baselineMembers : null, themes),
          items: itemMeans(members, campaign.items),
        }
      : { suppressed: true, respondents: null, baselineRespondents: null, themes: [], items: [] };

  if (scope.kind === 'organisation') {
    groups.push({
      kind: 'organisation',
      id: null,
      name: '',
      officeName: null,
      departmentName: null,
      ...figuresFor(
        round.respondents,
        round.shown.organisation,
        baselineRound?.respondents ?? null,
        baselineRound?.shown.organisation ?? false,
      ),
    });
  }
  for (const team of visibleTeams) {
    groups.push({
      kind: 'team',
      id: team.id,
      name: team.name,
      officeName: team.officeName,
      departmentName: team.departmentName,
      ...figuresFor(
        round.respondents.filter((r) => r.teamId === team.id),
        round.shown.teams.has(team.id),
        baselineRound?.respondents.filter((r) => r.teamId === team.id) ?? null,
        baselineRound?.shown.teams.has(team.id) ?? false,
      ),
    });
  }
  return {
    campaignId: campaign.id,
    title: campaign.title,
    kind: campaign.kind as TResults['kind'],
    status: campaign.status as TResults['status'],
    baseline: baseline ? { id: baseline.id, title: baseline.title } : null,
    minGroupSize: MIN_GROUP_SIZE,
    items: campaign.items,
    groups,
  };
}

/**
 * Pre/post figures for the dashboards: the newest re-measurement that has answers (open or closed), compared with
 * its baseline, for the organisation and every team the scope allows. Null when there is no re-measurement yet.
 */
export async function latestPrePost(
  db: Executor,
  scope: ResultScope = { kind: 'organisation' },
): Promise<Omit<TResults, 'openAnswers'> | null> {
  const [latest] = await db
    .select({ id: surveyCampaigns.id })
    .from(surveyCampaigns)
    .where(and(eq(surveyCampaigns.kind, 'remeasurement'), inArray(surveyCampaigns.status, ['open', 'closed'])))
    .orderBy(desc(surveyCampaigns.openedAt))
    .limit(1);
  return latest ? campaignResults(db, latest.id, scope) : null;
}

/**
 * Pre/post figures for the evidence report: the newest re-measurement that is closed (so the figures no longer
 * move), compared with its baseline. Null when no baseline has a closed re-measurement yet.
 */
export async function latestClosedPrePost(
  db: Executor,
  scope: ResultScope = { kind: 'organisation' },
  filter: TResultsQuery = {},
): Promise<{ results: Omit<TResults, 'openAnswers'>; closedAt: Date | null } | null> {
  const [latest] = await db
    .select({ id: surveyCampaigns.id, closedAt: surveyCampaigns.closedAt })
    .from(surveyCampaigns)
    .where(
      and(
        eq(surveyCampaigns.kind, 'remeasurement'),
        eq(surveyCampaigns.status, 'closed'),
        isNotNull(surveyCampaigns.baselineId),
      ),
    )
    .orderBy(desc(surveyCampaigns.closedAt), desc(surveyCampaigns.closesOn))
    .limit(1);
  if (!latest) return null;
  const results = await campaignResults(db, latest.id, scope, filter);
  return results ? { results, closedAt: latest.closedAt } : null;
}

/** The open answers of the whole campaign, alphabetically (no order that could follow the invitations). */
export async function openAnswersOf(db: Executor, campaignId: string, items: SurveyItem[]) {
  const rows = await db
    .select({ teamId: surveyResponses.teamId, openAnswers: surveyResponses.openAnswers })
    .from(surveyResponses)
    .where(eq(surveyResponses.campaignId, campaignId));
  if (rows.length < MIN_GROUP_SIZE) return null;
  return items
    .filter((item) => item.kind === 'open')
    .map((item) => ({
      key: item.key,
      answers: rows
        .map((row) => row.openAnswers[item.key])
        .filter((answer): answer is string => typeof answer === 'string' && answer.length > 0)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    }));
}
