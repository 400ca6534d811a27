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

/**
 * The report's own searchable fields as one text, exactly as indexed by the trigram index
 * `incidents_search_trgm_idx` (migration 0036): change both together, or the search reads every report again.
 * The fields are joined by U+001F, which cannot occur in a search term (the API refuses control characters), so a
 * match in the joined text is a match inside one field. The separator is a literal in the SQL text: a bound
 * parameter would not match the index expression.
 */
export const searchableText = sql`(${incidents.facts} || E'\\x1f' || ${incidents.quotes} || E'\\x1f' || ${incidents.clientDescription} || E'\\x1f' || ${incidents.locationDetail})`;

/**
 * Case-insensitive substring search over facts, quotes, client description, location, the client's name and the
 * employee's name, with LIKE wildcards in the term taken literally. The matching clients and people are looked up
 * first (small tables), so the report query is an OR of parts that each have an index (the report's text through
 * the trigram index, the client and employee through their id indexes) and PostgreSQL estimates it from real
 * values: a rare term reads the few candidates, a common one walks the newest reports until the page is full.
 */
async function textCondition(db: Executor, term: string): Promise<SQL> {
  const pattern = likePattern(term);
  const namedClients = await db.select({ id: clients.id }).from(clients).where(ilike(clients.name, pattern));
  const namedPeople = await db.select({ id: users.id }).from(users).where(ilike(users.name, pattern));
  // The service lets only terms with three letters or digits in a row through (search-term.ts): each has a
  // trigram, so the report's own text is answered from the index.
  // An empty list becomes "false", which PostgreSQL drops from the OR while planning.
  return or(
    sql`${searchableText} ilike ${pattern}`,
    inArray(
      incidents.clientId,
      namedClients.map((row) => row.id),
    ),
    inArray(
      incidents.employeeId,
      namedPeople.map((row) => row.id),
    ),
  ) as SQL;
}

export async function listIncidents(db: Executor, scope: CaseScope, query: TIncidentListQuery, limit: number) {
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
  if (query.q) conditions.push(await textCondition(db, query.q));
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
