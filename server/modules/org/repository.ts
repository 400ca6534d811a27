import { asc, eq, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import { departments, offices, organisation, teams } from './tables.js';

export type OfficeRow = typeof offices.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;
export type OrganisationRow = typeof organisation.$inferSelect;

export async function getOrganisation(db: Executor): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisation).where(eq(organisation.id, 1));
  return row;
}

export function listOffices(db: Executor): Promise<OfficeRow[]> {
  return db.select().from(offices).orderBy(asc(offices.name));
}

export function listDepartments(db: Executor): Promise<DepartmentRow[]> {
  return db.select().from(departments).orderBy(asc(departments.name));
}

export function listTeams(db: Executor): Promise<TeamRow[]> {
  return db.select().from(teams).orderBy(asc(teams.name));
}

export async function findOffice(db: Executor, id: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(eq(offices.id, id));
  return row;
}

export async function findDepartment(db: Executor, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}

export async function findTeam(db: Executor, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

/** Counts of the organisation's active parts, for overviews. */
export async function countOrganisation(
  db: Executor,
): Promise<{ offices: number; departments: number; teams: number; users: number }> {
  const result = await queryRows<{ offices: number; departments: number; teams: number; users: number }>(
    db,
    sql`
    select
      (select count(*)::int from offices where active) as offices,
      (select count(*)::int from departments where active) as departments,
      (select count(*)::int from teams where active) as teams,
      (select count(*)::int from users where active) as users`,
  );
  const row = result[0];
  return {
    offices: Number(row?.offices ?? 0),
    departments: Number(row?.departments ?? 0),
    teams: Number(row?.teams ?? 0),
    users: Number(row?.users ?? 0),
  };
}
