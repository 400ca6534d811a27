import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { handlingEvents, handlings } from '../handlings/tables.js';
import { END, type TProcedure, type TStep } from '../protocols/content.js';
import { nextStep, type StepOutcome } from '../protocols/engine.js';
import { currentProtocolContent, ensureProtocol } from '../protocols/service.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

/** The same demo every time: a small seeded generator (mulberry32) instead of Math.random. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const SKIP_REASONS = [
  'Klant hing zelf al op',
  'Collega nam het gesprek direct over',
  'Geen tijd: volgende klant stond te wachten',
  'Vergeten, later aangevuld',
  'Leidinggevende was niet bereikbaar',
];

const SUMMARIES = [
  'Klant was het niet eens met de huurverhoging en verhief zijn stem; na de waarschuwing rustig geworden.',
  'Klant schreeuwde over de reparatie die al weken uitblijft en sloeg met de vlakke hand op de balie.',
  'Klant belde drie keer terug en noemde de medewerker "incompetent".',
  'Boze e-mail met de zin "jullie zullen het merken"; doorgestuurd naar de leidinggevende.',
  'Klant weigerde te vertrekken na sluitingstijd; collega erbij gehaald.',
];

function outcomeFor(step: TStep, random: () => number): StepOutcome {
  if (step.condition && random() < 0.35) return { type: 'not_applicable' };
  if (step.kind !== 'decision' && random() < 0.12) {
    return { type: 'skipped', reason: SKIP_REASONS[Math.floor(random() * SKIP_REASONS.length)] as string };
  }
  if (step.kind === 'decision') {
    // Mostly the protocol's main line, so that the later steps are reached too.
    const branch = random() < 0.7 ? 0 : Math.floor(random() * step.branches.length);
    return { type: 'done', branch };
  }
  return { type: 'done' };
}

/** The entry whose cumulative weight first exceeds the draw. */
function weightedPick<T>(weights: [T, number][], draw: number): T {
  let rest = draw;
  for (const [value, weight] of weights) {
    rest -= weight;
    if (rest < 0) return value;
  }
  return (weights[0] as [T, number])[0];
}

const OUTCOME_EVENT = { done: 'step_done', not_applicable: 'step_not_applicable', skipped: 'step_skipped' } as const;

/**
 * Eight weeks of finished handlings by the demo front office, so that the protocol compliance overview has
 * something to show: mostly the main line, now and then a skipped step with its reason, a phase and a handover.
 */
export async function loadDemoHandlings(db: Db): Promise<void> {
  await ensureProtocol(db);
  const content = await currentProtocolContent(db);
  const staff = await db
    .select({ id: users.id, officeId: users.officeId, departmentId: users.departmentId })
    .from(users)
    .where(inArray(users.email, [`medewerker@${DEMO_DOMAIN}`, `interventie@${DEMO_DOMAIN}`]));
  const [manager] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, `leidinggevende@${DEMO_DOMAIN}`));
  if (staff.length === 0 || !manager) return;

  const random = seeded(2026);
  const weights: [TProcedure['key'], number][] = [
    ['telephone', 0.45],
    ['verbal', 0.3],
    ['written', 0.15],
    ['physical', 0.1],
  ];
  const now = Date.now();
  await db.transaction(async (tx) => {
    for (let index = 0; index < 36; index++) {
      const key = weightedPick(weights, random());
      const procedure = content.procedures.find((candidate) => candidate.key === key);
      if (!procedure) continue;
      const employee = staff[index % staff.length] as (typeof staff)[number];
      const daysAgo = 1 + Math.floor(random() * 56);
      let at = new Date(now - daysAgo * 86_400_000 - Math.floor(random() * 8 * 3_600_000));
      const startedAt = at;
      const events: (typeof handlingEvents.$inferInsert)[] = [];
      const push = (
        event: Omit<typeof handlingEvents.$inferInsert, 'handlingId' | 'at' | 'actorId'>,
        actorId = employee.id,
      ) => events.push({ handlingId: '', at, actorId, ...event });
      let current = procedure.steps[0]?.id ?? END;
      push({ type: 'started', stepId: current });
      const phase = 1 + Math.floor(random() * 3);
      let handler = employee.id;
      for (let visits = 0; current !== END && visits < 12; visits++) {
        const step = procedure.steps.find((candidate) => candidate.id === current) as TStep;
        at = new Date(at.getTime() + (15 + Math.floor(random() * 150)) * 1000);
        if (visits === 1) push({ type: 'phase_changed', phase }, handler);
        if (step.role === 'manager' && handler !== manager.id) {
          push({ type: 'handed_over', toUserId: manager.id }, handler);
          handler = manager.id;
        }
        const outcome = outcomeFor(step, random);
        push(
          {
            type: OUTCOME_EVENT[outcome.type],
            stepId: step.id,
            branch: outcome.type === 'done' ? (outcome.branch ?? null) : null,
            reason: outcome.type === 'skipped' ? outcome.reason : null,
          },
          handler,
        );
        current = nextStep(procedure, step.id, outcome);
      }
      at = new Date(at.getTime() + 60_000);
      push({ type: 'closed', stepId: current }, handler);
      const [row] = await tx
        .insert(handlings)
        .values({
          protocolVersion: 1,
          procedureKey: procedure.key,
          channel: procedure.channels[0] ?? 'desk',
          status: 'closed',
          currentStepId: current,
          phase,
          startedBy: employee.id,
          handlerId: handler,
          officeId: employee.officeId,
          departmentId: employee.departmentId,
          startedAt,
          closedAt: at,
          summary: SUMMARIES[index % SUMMARIES.length] as string,
        })
        .returning({ id: handlings.id });
      if (!row) throw new Error('demo insert failed');
      await tx.insert(handlingEvents).values(events.map((event) => ({ ...event, handlingId: row.id })));
    }
  });
}
