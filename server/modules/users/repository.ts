import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { SecondFactorState, SessionUser } from '../../http/policy.js';
import { isRole, type Role } from './roles.js';
import { userRoles, users } from './tables.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function rolesOf(db: Executor, userIds: string[]): Promise<Map<string, Role[]>> {
  const map = new Map<string, Role[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db.select().from(userRoles).where(inArray(userRoles.userId, userIds)).orderBy(asc(userRoles.role));
  for (const row of rows) if (isRole(row.role)) map.get(row.userId)?.push(row.role);
  return map;
}

export async function replaceRoles(db: Executor, userId: string, roles: Role[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.name));
}

export async function listUsersInDepartment(db: Executor, departmentId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(eq(users.departmentId, departmentId), eq(users.active, true)))
    .orderBy(asc(users.name));
}

/** Active admins other than the given user: guards against locking everyone out. */
export async function countOtherActiveAdmins(db: Executor, exceptUserId: string): Promise<number> {
  const result = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'admin'), eq(users.active, true), ne(users.id, exceptUserId)));
  return Number(result[0]?.count ?? 0);
}

export function toSessionUser(row: UserRow, roles: Role[], secondFactor: SecondFactorState = 'ok'): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles,
    language: row.language === 'en' ? 'en' : 'nl',
    officeId: row.officeId,
    departmentId: row.departmentId,
    teamId: row.teamId,
    mustChangePassword: row.mustChangePassword,
    secondFactor,
  };
}
