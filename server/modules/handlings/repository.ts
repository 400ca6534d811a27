import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { incidents } from '../incidents/tables.js';
import { userRoles, users } from '../users/tables.js';
import { followUpTasks, handlingEvents, handlings } from './tables.js';

export type HandlingRow = typeof handlings.$inferSelect;

export async function findHandling(db: Executor, id: string): Promise<HandlingRow | undefined> {
  const [row] = await db.select().from(handlings).where(eq(handlings.id, id));
  return row;
}

/** Locks the handling's row for the rest of the transaction: two devices cannot record the same step twice. */
export async function lockHandling(db: Executor, id: string): Promise<HandlingRow | undefined> {
  const [row] = await db.select().from(handlings).where(eq(handlings.id, id)).for('update');
  return row;
}

export interface EventRow {
  at: Date;
  type: string;
  stepId: string | null;
  branch: number | null;
  reason: string | null;
  phase: number | null;
  actorId: string;
  actorName: string;
  toUserId: string | null;
  toUserName: string | null;
  /** The silent alarm an 'alarm_raised' event raised. */
  alarmId: string | null;
}

/** The handling's timeline with the names of who did what. */
export async function eventsOf(db: Executor, handlingId: string): Promise<EventRow[]> {
  const rows = await queryRows<EventRow & { at: Date | string }>(
    db,
    sql`select e.at, e.type, e.step_id as "stepId", e.branch, e.reason, e.phase,
               a.id as "actorId", a.name as "actorName", t.id as "toUserId", t.name as "toUserName",
               e.data->>'alarmId' as "alarmId"
        from handling_events e
        join users a on a.id = e.actor_id
        left join users t on t.id = e.to_user_id
        where e.handling_id = ${handlingId}
        order by e.id`,
  );
  // Raw queries hand back timestamps as text on one driver and as Date on the other.
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

export async function namesOf(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Active handlings someone handles now, or started and handed over, newest first. */
export function handlingsOf(db: Executor, userId: string) {
  return db
    .select()
    .from(handlings)
    .where(and(eq(handlings.status, 'active'), or(eq(handlings.handlerId, userId), eq(handlings.startedBy, userId))))
    .orderBy(desc(handlings.startedAt))
    .limit(20);
}

/** Whether the user ever had the handling: started it, handles it, or was handed it. */
export async function wasInvolved(db: Executor, handling: HandlingRow, userId: string): Promise<boolean> {
  if (handling.startedBy === userId || handling.handlerId === userId) return true;
  const [row] = await db
    .select({ id: handlingEvents.id })
    .from(handlingEvents)
    .where(and(eq(handlingEvents.handlingId, handling.id), eq(handlingEvents.toUserId, userId)))
    .limit(1);
  return row !== undefined;
}

/** Active managers of a department: they follow up what happens to their people. */
export async function managersOf(db: Executor, departmentId: string | null): Promise<string[]> {
  if (!departmentId) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'manager'), eq(users.active, true), eq(users.departmentId, departmentId)));
  return rows.map((row) => row.id);
}

export async function usersWithRole(db: Executor, role: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, role), eq(users.active, true)));
  return rows.map((row) => row.id);
}

export function openTasksOf(db: Executor, userId: string) {
  return db
    .select({
      id: followUpTasks.id,
      kind: followUpTasks.kind,
      handlingId: followUpTasks.handlingId,
      incidentId: followUpTasks.incidentId,
      /** Whether the case can be opened: a draft is still the employee's alone. */
      caseOpen: sql<boolean>`coalesce(${incidents.status} = 'submitted', false)`,
      dueAt: followUpTasks.dueAt,
      status: followUpTasks.status,
      procedureKey: handlings.procedureKey,
      employeeName: users.name,
    })
    .from(followUpTasks)
    .leftJoin(handlings, eq(handlings.id, followUpTasks.handlingId))
    .leftJoin(incidents, eq(incidents.id, followUpTasks.incidentId))
    .leftJoin(users, eq(users.id, sql`coalesce(${incidents.employeeId}, ${handlings.startedBy})`))
    .where(and(eq(followUpTasks.assigneeId, userId), eq(followUpTasks.status, 'open')))
    .orderBy(asc(followUpTasks.dueAt));
}
