import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { DEMO_ACCOUNTS } from '../demo/credentials.js';
import { DEFAULT_PROTOCOL } from '../protocols/default-protocol.js';
import { users } from '../users/tables.js';
import { LIBRARY } from './library/index.js';
import type { TScenario } from './scenario.js';
import type { TRecordedAnswer } from './schema.js';
import { scoreAnswer } from './scoring.js';
import { ruleBasedScorer } from './sentence.js';
import { trainingAttempts } from './tables.js';

const DAY = 86_400_000;

/** Plays a shipped scenario through the real engine, taking option `pick(turnNumber)` at each turn. */
function playThrough(scenario: TScenario, pick: (turn: number) => number) {
  const answers: TRecordedAnswer[] = [];
  let node = scenario.nodes.find((candidate) => candidate.id === scenario.start);
  let points = 0;
  let max = 0;
  while (node?.turn) {
    const option = node.turn.options[pick(answers.length)] ?? node.turn.options[0];
    if (!option) break;
    const score = scoreAnswer({
      expect: node.turn.expect,
      answer: { text: option.text.nl, decision: option.decision },
      protocol: DEFAULT_PROTOCOL,
      scorer: ruleBasedScorer,
    });
    answers.push({
      nodeId: node.id,
      phase: node.phase,
      client: node.client,
      source: 'option',
      text: option.text.nl,
      decision: option.decision,
      score,
      feedback: option.feedback,
    });
    points += score.points;
    max += score.max;
    const next = option.next;
    node = scenario.nodes.find((candidate) => candidate.id === next);
  }
  if (!node?.ending) throw new Error('demo play did not end');
  return { answers, points, max, last: node };
}

/**
 * Some training history for "Wonen Zuid": Sanne practised three scenarios thirteen months ago (her yearly
 * refresher is overdue, which her manager sees), Mehmet practised recently. The accounts are backdated so the
 * history fits. Played through the real engine, so scores and feedback are what the trainer would have given.
 */
export async function loadDemoTraining(tx: Tx): Promise<void> {
  const plan: { email: string; scenarios: string[]; daysAgo: number; pick: (turn: number) => number }[] = [
    {
      email: DEMO_ACCOUNTS[0]?.email ?? '',
      scenarios: ['balie-sleutels', 'email-servicekosten', 'thuisbezoek-overlast'],
      daysAgo: 395,
      pick: (turn) => (turn === 0 ? 1 : 0),
    },
    {
      email: DEMO_ACCOUNTS[1]?.email ?? '',
      scenarios: ['balie-drukte-maand2', 'telefoon-dreiging-maand2', 'email-woningruil'],
      daysAgo: 60,
      pick: () => 0,
    },
  ];
  const emails = plan.map((entry) => entry.email);
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const since = new Date(Date.now() - 2 * 365 * DAY);
  let count = 0;
  for (const entry of plan) {
    const person = people.find((candidate) => candidate.email === entry.email);
    if (!person) continue;
    await tx.update(users).set({ createdAt: since }).where(eq(users.id, person.id));
    for (const [index, id] of entry.scenarios.entries()) {
      const shipped = LIBRARY.find((candidate) => candidate.id === id);
      if (!shipped) continue;
      const played = playThrough(shipped.scenario, entry.pick);
      const finishedAt = new Date(Date.now() - (entry.daysAgo - index) * DAY);
      await tx.insert(trainingAttempts).values({
        userId: person.id,
        scenarioId: id,
        scenario: shipped.scenario,
        currentNodeId: played.last.id,
        answers: played.answers,
        points: played.points,
        maxPoints: played.max,
        outcome: played.last.ending?.outcome ?? null,
        startedAt: new Date(finishedAt.getTime() - 6 * 60_000),
        finishedAt,
      });
      count++;
    }
  }
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'demo.training_loaded',
    entityType: 'training_attempt',
    details: { attempts: count },
  });
}
