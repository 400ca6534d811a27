import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import type { Language } from '../../http/messages.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import type { TProtocolContent } from '../protocols/content.js';
import { currentProtocolContent } from '../protocols/service.js';
import { assistantScorer } from './assistant-scorer.js';
import { LIBRARY } from './library/index.js';
import {
  type AttemptRow,
  allScenarios,
  attemptsOf,
  findAttempt,
  findScenario,
  lockAttempt,
  publishedScenarios,
  type ScenarioRow,
} from './repository.js';
import { type Answer, type TNode, type TScenario, ZScenario } from './scenario.js';
import { describeScenarioIssue, scenarioIssuePath } from './scenario-issue-messages.js';
import type { TAnswerRequest, TAttempt, TCustomScenario, TRecordedAnswer, TScenarioSummary } from './schema.js';
import { scoreAnswer } from './scoring.js';
import type { SentenceScorer } from './sentence.js';
import { trainingAttempts, trainingScenarios } from './tables.js';
import { validateScenario } from './validate-scenario.js';

/** The one place the trainer gets its language checks from: its own rules plus the Dutch language assistant. */
export const trainingScorer: SentenceScorer = assistantScorer;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Playable {
  id: string;
  source: 'library' | 'organisation';
  scenario: TScenario;
}

export async function playableScenarios(db: Executor): Promise<Playable[]> {
  const written = await publishedScenarios(db);
  return [
    ...LIBRARY.map((entry) => ({ id: entry.id, source: 'library' as const, scenario: entry.scenario })),
    ...written.map((row) => ({ id: row.id, source: 'organisation' as const, scenario: ZScenario.parse(row.content) })),
  ];
}

async function findPlayable(db: Executor, id: string): Promise<Playable | null> {
  const shipped = LIBRARY.find((entry) => entry.id === id);
  if (shipped) return { id, source: 'library', scenario: shipped.scenario };
  if (!UUID.test(id)) return null;
  const row = await findScenario(db, id);
  if (row?.status !== 'published') return null;
  return { id, source: 'organisation', scenario: ZScenario.parse(row.content) };
}

function nodeOf(scenario: TScenario, id: string): TNode {
  const node = scenario.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`scenario has no node ${id}`);
  return node;
}

const percent = (row: AttemptRow) => (row.maxPoints > 0 ? Math.round((100 * row.points) / row.maxPoints) : 0);

/** The scenarios a user can practise, with their own record per scenario. */
export async function scenarioList(ctx: AppContext, user: SessionUser): Promise<TScenarioSummary[]> {
  const [playable, attempts] = await Promise.all([playableScenarios(ctx.db), attemptsOf(ctx.db, user.id)]);
  return playable.map(({ id, source, scenario }) => {
    const mine = attempts.filter((attempt) => attempt.scenarioId === id);
    const finished = mine.filter((attempt) => attempt.finishedAt);
    const last = finished[0]?.finishedAt ?? null;
    return {
      id,
      source,
      title: scenario.title,
      channel: scenario.channel,
      level: scenario.level,
      situation: scenario.situation,
      attempts: mine.length,
      completed: finished.length,
      bestPercent: finished.length > 0 ? Math.max(...finished.map(percent)) : null,
      lastFinishedAt: last ? last.toISOString() : null,
    };
  });
}

function present(row: AttemptRow, protocol: TProtocolContent): TAttempt {
  const scenario = ZScenario.parse(row.scenario);
  const node = nodeOf(scenario, row.currentNodeId);
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    title: scenario.title,
    channel: scenario.channel,
    level: scenario.level,
    situation: scenario.situation,
    status: row.finishedAt ? 'finished' : 'active',
    current: {
      id: node.id,
      phase: node.phase,
      client: node.client,
      // The trainee sees what each option says and does; where it leads and the author's verdict stay hidden.
      options: (node.turn?.options ?? []).map((option) => ({ text: option.text, decision: option.decision })),
      freeText: node.turn?.freeText != null,
      ending: node.ending,
    },
    answers: row.answers as TRecordedAnswer[],
    points: row.points,
    maxPoints: row.maxPoints,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    reference: { script: protocol.script, route: protocol.route, phases: protocol.phases },
  };
}

export async function getAttempt(ctx: AppContext, user: SessionUser, id: string): Promise<TAttempt> {
  const row = await findAttempt(ctx.db, id);
  // Someone else's practice is theirs: not revealed, not even that it exists.
  if (!row || row.userId !== user.id) throw new ProblemError(404, 'not_found');
  return present(row, await currentProtocolContent(ctx.db));
}

export async function startAttempt(ctx: AppContext, user: SessionUser, scenarioId: string): Promise<string> {
  const playable = await findPlayable(ctx.db, scenarioId);
  if (!playable) throw new ProblemError(404, 'not_found');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingAttempts)
      .values({
        userId: user.id,
        scenarioId: playable.id,
        scenario: playable.scenario,
        currentNodeId: playable.scenario.start,
      })
      .returning();
    if (!row) throw new Error('attempt insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'training.attempt_started',
      entityType: 'training_attempt',
      entityId: row.id,
      details: { scenarioId: playable.id },
    });
    return row.id;
  });
}

/**
 * Pure: scores one answer at the current node and says where the conversation goes. Shared by real attempts and
 * the author's test play, so a test play scores exactly as a trainee will be scored.
 */
function playTurn(
  scenario: TScenario,
  nodeId: string,
  input: Omit<TAnswerRequest, 'nodeId'>,
  protocol: TProtocolContent,
): { recorded: TRecordedAnswer; nextNode: TNode } {
  const node = nodeOf(scenario, nodeId);
  const turn = node.turn;
  if (!turn) throw new ProblemError(409, node.ending ? 'training_finished' : 'training_dead_end');
  let given: Answer;
  let next: string;
  let feedback: TRecordedAnswer['feedback'] = null;
  let source: TRecordedAnswer['source'];
  if (input.option !== undefined) {
    if (input.text !== undefined || input.decision !== undefined) {
      throw new ProblemError(400, 'training_answer_incomplete');
    }
    const option = turn.options[input.option];
    if (!option) throw new ProblemError(400, 'training_unknown_option');
    given = { text: option.text.nl, decision: option.decision };
    next = option.next;
    feedback = option.feedback;
    source = 'option';
  } else {
    if (input.text === undefined || input.decision === undefined || !turn.freeText) {
      throw new ProblemError(400, 'training_answer_incomplete');
    }
    given = { text: input.text, decision: input.decision };
    source = 'text';
    next = '';
  }
  const score = scoreAnswer({ expect: turn.expect, answer: given, protocol, scorer: trainingScorer });
  if (source === 'text' && turn.freeText) next = score.good ? turn.freeText.calm : turn.freeText.escalate;
  const nextNode = scenario.nodes.find((candidate) => candidate.id === next);
  // Only a draft can point nowhere (publishing refuses it); its author hears so instead of a crash.
  if (!nextNode) throw new ProblemError(409, 'training_dead_end');
  const recorded: TRecordedAnswer = {
    nodeId: node.id,
    phase: node.phase,
    client: node.client,
    source,
    text: given.text,
    decision: given.decision,
    score,
    feedback,
  };
  return { recorded, nextNode };
}

/** Scores the answer at the current moment, moves the conversation on, and finishes the attempt at an ending. */
export async function answer(ctx: AppContext, user: SessionUser, id: string, input: TAnswerRequest): Promise<TAttempt> {
  const protocol = await currentProtocolContent(ctx.db);
  const row = await ctx.db.transaction(async (tx) => {
    const attempt = await lockAttempt(tx, id);
    if (!attempt || attempt.userId !== user.id) throw new ProblemError(404, 'not_found');
    if (attempt.finishedAt) throw new ProblemError(409, 'training_finished');
    if (attempt.currentNodeId !== input.nodeId) throw new ProblemError(409, 'training_out_of_date');
    const scenario = ZScenario.parse(attempt.scenario);
    const { recorded, nextNode } = playTurn(scenario, attempt.currentNodeId, input, protocol);
    const score = recorded.score;
    const finished = nextNode.ending !== null;
    const [updated] = await tx
      .update(trainingAttempts)
      .set({
        answers: [...(attempt.answers as TRecordedAnswer[]), recorded],
        currentNodeId: nextNode.id,
        points: attempt.points + score.points,
        maxPoints: attempt.maxPoints + score.max,
        outcome: nextNode.ending?.outcome ?? null,
        finishedAt: finished ? new Date() : null,
      })
      .where(eq(trainingAttempts.id, attempt.id))
      .returning();
    if (!updated) throw new Error('attempt update returned nothing');
    // The audit row records the fact and the score; what the trainee typed stays in their own record.
    await recordAudit(tx, actorOf(user), {
      action: finished ? 'training.attempt_completed' : 'training.answer_recorded',
      entityType: 'training_attempt',
      entityId: attempt.id,
      details: {
        nodeId: recorded.nodeId,
        points: score.points,
        max: score.max,
        ...(finished ? { outcome: nextNode.ending?.outcome, total: updated.points, totalMax: updated.maxPoints } : {}),
      },
    });
    return updated;
  });
  return present(row, protocol);
}

/**
 * The author plays a draft (or any scenario in the editor) before publishing: the answers so far are replayed and
 * scored exactly like a trainee's, and nothing is stored: no attempt, no audit row, no record towards requirements.
 */
export async function testPlay(
  ctx: AppContext,
  content: TScenario,
  answers: Omit<TAnswerRequest, 'nodeId'>[],
): Promise<TAttempt> {
  const protocol = await currentProtocolContent(ctx.db);
  const start = content.nodes.find((node) => node.id === content.start);
  if (!start) throw new ProblemError(409, 'training_dead_end');
  let current = start;
  const recorded: TRecordedAnswer[] = [];
  for (const given of answers) {
    if (current.ending !== null) throw new ProblemError(409, 'training_finished');
    const turn = playTurn(content, current.id, given, protocol);
    recorded.push(turn.recorded);
    current = turn.nextNode;
  }
  const now = new Date();
  return present(
    {
      id: 'test-play',
      userId: '',
      scenarioId: '',
      scenario: content,
      currentNodeId: current.id,
      answers: recorded,
      points: recorded.reduce((sum, entry) => sum + entry.score.points, 0),
      maxPoints: recorded.reduce((sum, entry) => sum + entry.score.max, 0),
      outcome: current.ending?.outcome ?? null,
      startedAt: now,
      finishedAt: current.ending ? now : null,
    } as AttemptRow,
    protocol,
  );
}

// ---- Authoring (safety officer) ----

type Issues = { code: string; path: string; message: string }[];

/** Validation needs the current protocol; read it before any transaction (PGlite has one connection). */
function issuesFor(protocol: TProtocolContent, content: TScenario, language: Language): Issues {
  return validateScenario(content, protocol, trainingScorer).map((issue) => ({
    code: issue.code,
    path: scenarioIssuePath(issue),
    message: describeScenarioIssue(issue, language),
  }));
}

async function issuesOf(ctx: AppContext, content: TScenario, language: Language): Promise<Issues> {
  return issuesFor(await currentProtocolContent(ctx.db), content, language);
}

async function presentScenario(ctx: AppContext, row: ScenarioRow, language: Language): Promise<TCustomScenario> {
  const content = ZScenario.parse(row.content);
  return {
    id: row.id,
    status: row.status === 'published' ? 'published' : 'draft',
    content,
    issues: await issuesOf(ctx, content, language),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function previewScenario(ctx: AppContext, content: TScenario, language: Language) {
  return { issues: await issuesOf(ctx, content, language) };
}

export async function customScenarios(ctx: AppContext, language: Language): Promise<TCustomScenario[]> {
  const rows = await allScenarios(ctx.db);
  return Promise.all(rows.map((row) => presentScenario(ctx, row, language)));
}

export async function customScenario(ctx: AppContext, id: string, language: Language): Promise<TCustomScenario> {
  const row = await findScenario(ctx.db, id);
  if (!row) throw new ProblemError(404, 'not_found');
  return presentScenario(ctx, row, language);
}

function refuseIssues(issues: Issues): void {
  if (issues.length === 0) return;
  throw new ProblemError(
    409,
    'scenario_invalid',
    { count: issues.length },
    issues.map((issue) => ({ path: issue.path, message: issue.message })),
  );
}

/** A new scenario starts as a draft: unfinished work may have issues, only publishing requires a sound one. */
export async function createScenario(
  ctx: AppContext,
  user: SessionUser,
  content: TScenario,
  language: Language,
): Promise<TCustomScenario> {
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(trainingScenarios).values({ content, createdBy: user.id }).returning();
    if (!created) throw new Error('scenario insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'training.scenario_created',
      entityType: 'training_scenario',
      entityId: created.id,
      details: { title: content.title.nl },
    });
    return created;
  });
  return presentScenario(ctx, row, language);
}

/** Saves the whole scenario. A published scenario must stay sound: trainees may be playing it right now. */
export async function saveScenario(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  content: TScenario,
  language: Language,
): Promise<TCustomScenario> {
  const issues = await issuesOf(ctx, content, language);
  const row = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(trainingScenarios).where(eq(trainingScenarios.id, id)).for('update');
    if (!existing) throw new ProblemError(404, 'not_found');
    if (existing.status === 'published') refuseIssues(issues);
    const [saved] = await tx
      .update(trainingScenarios)
      .set({ content, updatedAt: new Date() })
      .where(eq(trainingScenarios.id, id))
      .returning();
    if (!saved) throw new Error('scenario update returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'training.scenario_saved',
      entityType: 'training_scenario',
      entityId: id,
      details: { title: content.title.nl, issues: issues.length },
    });
    return saved;
  });
  return presentScenario(ctx, row, language);
}

/** Publishing makes it playable for everyone; refused, with every issue named in the user's language, if unsound. */
export async function publishScenario(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  language: Language,
): Promise<TCustomScenario> {
  const protocol = await currentProtocolContent(ctx.db);
  const row = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(trainingScenarios).where(eq(trainingScenarios.id, id)).for('update');
    if (!existing) throw new ProblemError(404, 'not_found');
    refuseIssues(issuesFor(protocol, ZScenario.parse(existing.content), language));
    const now = new Date();
    const [published] = await tx
      .update(trainingScenarios)
      .set({ status: 'published', publishedAt: existing.publishedAt ?? now, updatedAt: now })
      .where(eq(trainingScenarios.id, id))
      .returning();
    if (!published) throw new Error('scenario update returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'training.scenario_published',
      entityType: 'training_scenario',
      entityId: id,
      before: { status: existing.status },
      after: { status: 'published' },
    });
    return published;
  });
  return presentScenario(ctx, row, language);
}
