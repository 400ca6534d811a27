import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { trainingAttempts, trainingScenarios } from './tables.js';

export type AttemptRow = typeof trainingAttempts.$inferSelect;
export type ScenarioRow = typeof trainingScenarios.$inferSelect;

export async function findAttempt(db: Executor, id: string): Promise<AttemptRow | undefined> {
  const [row] = await db.select().from(trainingAttempts).where(eq(trainingAttempts.id, id));
  return row;
}

/** Locks the attempt for the rest of the transaction: two tabs cannot answer the same moment twice. */
export async function lockAttempt(db: Executor, id: string): Promise<AttemptRow | undefined> {
  const [row] = await db.select().from(trainingAttempts).where(eq(trainingAttempts.id, id)).for('update');
  return row;
}

export function attemptsOf(db: Executor, userId: string) {
  return db
    .select()
    .from(trainingAttempts)
    .where(eq(trainingAttempts.userId, userId))
    .orderBy(desc(trainingAttempts.startedAt));
}

export async function findScenario(db: Executor, id: string): Promise<ScenarioRow | undefined> {
  const [row] = await db.select().from(trainingScenarios).where(eq(trainingScenarios.id, id));
  return row;
}

export function publishedScenarios(db: Executor) {
  return db
    .select()
    .from(trainingScenarios)
    .where(and(eq(trainingScenarios.status, 'published')))
    .orderBy(trainingScenarios.createdAt);
}

export function allScenarios(db: Executor) {
  return db.select().from(trainingScenarios).orderBy(desc(trainingScenarios.updatedAt));
}
