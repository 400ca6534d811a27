import { and, asc, desc, eq, gt, gte, ilike, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { likePattern } from '../clients/repository.js';
import { clients } from '../clients/tables.js';
import { followUpTasks } from '../handlings/tables.js';
import { clientMeasures } from '../measures/tables.js';
import { departments, offices } from '../org/tables.js';
import { users } from '../users/tables.js';
import type { TIncidentListQuery } from './schema.js';
import { incidents, ordegesprekken } from './tables.js';

export type IncidentRow = typeof incidents.$inferSelect;

export async function findIncident(db: Executor, id: string): Promise<IncidentRow | undefined> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  return row;
}

export async function lockIncident(db: Executor, id: string): Promise<IncidentRow | undefined> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id)).for('update');
  return row;
}

export function tasksOfIncident(db: Executor, incidentId: string) {
  return db
    .select({
      id: followUpTasks.id,
      kind: followUpTasks.kind,
      assigneeId: followUpTasks.assigneeId,
      assignee: users.name,
      dueAt: followUpTasks.dueAt,
      status: followUpTasks.status,
      doneAt: followUpTasks.doneAt,
    })
    .from(followUpTasks)
    .innerJoin(users, eq(users.id, followUpTasks.assigneeId))
    .where(eq(followUpTasks.incidentId, incidentId))
    .orderBy(asc(followUpTasks.dueAt), asc(followUpTasks.kind));
}

export function ordegesprekkenOf(db: Executor, incidentId: string) {
  return db
    .select()
    .from(ordegesprekken)
    .where(eq(ordegesprekken.incidentId, incidentId))
    .orderBy(asc(ordegesprekken.plannedAt));
}

export function measuresOfIncidents(db: Executor, incidentIds: string[]) {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(clientMeasures)
    .where(inArray(clientMeasures.incidentId, incidentIds))
    .orderBy(asc(clientMeasures.decidedAt));
}

/** Reports the user wrote or that are about them, newest first; others' drafts never. */
export function incidentsOfUser(db: Executor, userId: string) {
  const employee = alias(users, 'employee');
  return db
    .select({ incident: incidents, employeeName: employee.name })
    .from(incidents)
    .innerJoin(employee, eq(employee.id, incidents.employeeId))
    .where(
      or(eq(incidents.reportedBy, userId), and(eq(incidents.employeeId, userId), eq(incidents.status, 'submitted'))),
    )
    .orderBy(desc(incidents.updatedAt))
    .limit(100);
}

/** Which submitted incidents a case follower sees: all for the safety officer, else their department's. */
export interface CaseScope {
  all: boolean;
  departmentId: string | null;
}

function scopeCondition(scope: CaseScope): SQL | undefined {
  if (scope.all) return undefined;
  if (!scope.departmentId) return sql`false`;
  return and(eq(incidents.departmentId, scope.departmentId), eq(incidents.routeTo, 'manager'));
}

/** Dutch calendar days as a half-open interval of moments. */
function dayStart(date: string): SQL {
  return sql`(${date}::date::timestamp at time zone 'Europe/Amsterdam')`;
}

export function listIncidents(db: Executor, scope: CaseScope, query: TIncidentListQuery, limit: number) {
  const employee = alias(users, 'employee');
  const conditions: (SQL | undefined)[] = [eq(incidents.status, 'submitted'), scopeCondition(scope)];
  if (query.from) conditions.push(gte(incidents.occurredAt, dayStart(query.from)));
  if (query.to) conditions.push(lt(incidents.occurredAt, sql`${dayStart(query.to)} + interval '1 day'`));
  if (query.officeId) conditions.push(eq(incidents.officeId, query.officeId));
  if (query.departmentId) conditions.push(eq(incidents.departmentId, query.departmentId));
  if (query.form) conditions.push(sql`${incidents.forms} @> ${JSON.stringify([query.form])}::jsonb`);
  if (query.channel) conditions.push(eq(incidents.channel, query.channel));
  if (query.phase) conditions.push(eq(incidents.phase, query.phase));
  if (query.status) conditions.push(eq(incidents.caseStatus, query.status));
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(
      or(
        ilike(incidents.facts, pattern),
        ilike(incidents.quotes, pattern),
        ilike(incidents.clientDescription, pattern),
        ilike(incidents.locationDetail, pattern),
        ilike(clients.name, pattern),
        ilike(employee.name, pattern),
      ),
    );
  }
  return db
    .select({
      id: incidents.id,
      occurredAt: incidents.occurredAt,
      caseStatus: incidents.caseStatus,
      employeeName: employee.name,
      departmentName: departments.name,
      officeName: offices.name,
      channel: incidents.channel,
      forms: incidents.forms,
      phase: incidents.phase,
      clientName: clients.name,
      clientDescription: incidents.clientDescription,
      routeTo: incidents.routeTo,
      overdueTasks: sql<number>`(select count(*)::int from follow_up_tasks f
        where f.incident_id = ${incidents.id} and f.status = 'open' and f.due_at < now())`,
    })
    .from(incidents)
    .innerJoin(employee, eq(employee.id, incidents.employeeId))
    .leftJoin(departments, eq(departments.id, incidents.departmentId))
    .leftJoin(offices, eq(offices.id, incidents.officeId))
    .leftJoin(clients, eq(clients.id, incidents.clientId))
    .where(and(...conditions))
    .orderBy(desc(incidents.occurredAt))
    .limit(limit);
}

/** Incidents reported to the labour inspectorate, serious ones, and those with more than 3 days' absence. */
export function arboRegisterRows(db: Executor, scope: CaseScope) {
  const employee = alias(users, 'employee');
  return db
    .select({
      id: incidents.id,
      occurredAt: incidents.occurredAt,
      employeeName: employee.name,
      departmentName: departments.name,
      hospitalAdmission: incidents.hospitalAdmission,
      permanentInjury: incidents.permanentInjury,
      death: incidents.death,
      absenceDays: incidents.absenceDays,
      inspectorateReportedOn: incidents.inspectorateReportedOn,
    })
    .from(incidents)
    .innerJoin(employee, eq(employee.id, incidents.employeeId))
    .leftJoin(departments, eq(departments.id, incidents.departmentId))
    .where(
      and(
        eq(incidents.status, 'submitted'),
        scopeCondition(scope),
        or(
          isNotNull(incidents.inspectorateReportedOn),
          gt(incidents.absenceDays, 3),
          eq(incidents.hospitalAdmission, true),
          eq(incidents.permanentInjury, true),
          eq(incidents.death, true),
        ),
      ),
    )
    .orderBy(desc(incidents.occurredAt))
    .limit(1000);
}
