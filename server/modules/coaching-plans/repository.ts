import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { departments, teams } from '../org/tables.js';
import { trainingSessions } from '../training/tables.js';
import { users } from '../users/tables.js';
import { coachingPlanItems, coachingPlans } from './tables.js';

export type PlanItemRow = typeof coachingPlanItems.$inferSelect;

/** Plans with their team and department, all or those of one department. */
export function plansWithTeam(db: Executor, where: { departmentId?: string; planId?: string; teamId?: string }) {
  const conditions = [
    where.departmentId ? eq(teams.departmentId, where.departmentId) : undefined,
    where.planId ? eq(coachingPlans.id, where.planId) : undefined,
    where.teamId ? eq(coachingPlans.teamId, where.teamId) : undefined,
  ].filter((condition) => condition !== undefined);
  return db
    .select({
      id: coachingPlans.id,
      teamId: coachingPlans.teamId,
      teamName: teams.name,
      departmentId: teams.departmentId,
      departmentName: departments.name,
      startDate: coachingPlans.startDate,
      sessionTitle: trainingSessions.title,
      createdAt: coachingPlans.createdAt,
    })
    .from(coachingPlans)
    .innerJoin(teams, eq(teams.id, coachingPlans.teamId))
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, coachingPlans.sessionId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(teams.name), asc(coachingPlans.startDate));
}

export function itemsOfPlans(db: Executor, planIds: string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(coachingPlanItems)
    .where(inArray(coachingPlanItems.planId, planIds))
    .orderBy(asc(coachingPlanItems.position));
}

export async function findItem(db: Executor, id: string, lock = false) {
  const query = db
    .select({ item: coachingPlanItems, departmentId: teams.departmentId })
    .from(coachingPlanItems)
    .innerJoin(coachingPlans, eq(coachingPlans.id, coachingPlanItems.planId))
    .innerJoin(teams, eq(teams.id, coachingPlans.teamId))
    .where(eq(coachingPlanItems.id, id));
  const [row] = lock ? await query.for('update', { of: coachingPlanItems }) : await query;
  return row;
}

export function namesOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve(new Map<string, string>());
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]))
    .then((rows) => new Map(rows.map((row) => [row.id, row.name])));
}

/** Open items of one owner, optionally only those due before a Dutch date. */
export function openItemsOf(db: Executor, ownerId: string, dueBefore?: string) {
  return db
    .select({ item: coachingPlanItems, teamName: teams.name, departmentId: teams.departmentId })
    .from(coachingPlanItems)
    .innerJoin(coachingPlans, eq(coachingPlans.id, coachingPlanItems.planId))
    .innerJoin(teams, eq(teams.id, coachingPlans.teamId))
    .where(
      and(
        eq(coachingPlanItems.ownerId, ownerId),
        isNull(coachingPlanItems.doneAt),
        dueBefore ? lt(coachingPlanItems.dueDate, dueBefore) : undefined,
      ),
    )
    .orderBy(asc(coachingPlanItems.dueDate), asc(coachingPlanItems.position));
}
