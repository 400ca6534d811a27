import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/errors.js';
import { ADVISORY_LOCKS } from '../../db/locks.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { hashPassword } from '../auth/passwords.js';
import { deleteSessionsOfUser } from '../auth/repository.js';
import { actorOf, assertPasswordStrength } from '../auth/service.js';
import { DEMO_PASSWORD } from '../demo/credentials.js';
import { findDepartment, findOffice, findTeam } from '../org/repository.js';
import { presentUser } from './presenter.js';
import {
  countOtherActiveAdmins,
  findUserByEmail,
  findUserById,
  listUsers,
  replaceRoles,
  rolesOf,
  type UserRow,
} from './repository.js';
import type { Role } from './roles.js';
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from './schema.js';
import { users } from './tables.js';

async function assertReferences(
  tx: Tx,
  refs: { officeId?: string | null; departmentId?: string | null; teamId?: string | null },
): Promise<void> {
  if (refs.officeId && !(await findOffice(tx, refs.officeId))) {
    throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
  }
  if (refs.departmentId && !(await findDepartment(tx, refs.departmentId))) {
    throw new ProblemError(400, 'unknown_reference', { field: 'afdeling / department' });
  }
  if (refs.teamId && !(await findTeam(tx, refs.teamId))) {
    throw new ProblemError(400, 'unknown_reference', { field: 'team' });
  }
}

function assertAllowedPassword(ctx: AppContext, password: string): void {
  assertPasswordStrength(password);
  if (ctx.config.production && password === DEMO_PASSWORD) throw new ProblemError(400, 'demo_password_refused');
}

async function withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new ProblemError(409, 'email_taken');
    throw error;
  }
}

async function loadUser(tx: Tx, id: string): Promise<{ row: UserRow; roles: Role[] }> {
  const row = await findUserById(tx, id);
  if (!row) throw new ProblemError(404, 'not_found');
  const roles = (await rolesOf(tx, [id])).get(id) ?? [];
  return { row, roles };
}

/** Removing the last active admin would lock everybody out of user management. Serialised: two admins removing
 * each other at once must not both succeed. */
async function assertAdminRemains(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.lastAdmin})`);
  if ((await countOtherActiveAdmins(tx, userId)) === 0) throw new ProblemError(409, 'last_admin');
}

export async function listAllUsers(ctx: AppContext): Promise<TUser[]> {
  const rows = await listUsers(ctx.db);
  const roles = await rolesOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentUser(row, roles.get(row.id) ?? []));
}

export async function getUser(ctx: AppContext, id: string): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const { row, roles } = await loadUser(tx, id);
    return presentUser(row, roles);
  });
}

export async function createUser(ctx: AppContext, actor: SessionUser, input: TCreateUserRequest): Promise<TUser> {
  assertAllowedPassword(ctx, input.temporaryPassword);
  const passwordHash = await hashPassword(input.temporaryPassword);
  return withUniqueEmail(() =>
    ctx.db.transaction(async (tx) => {
      await assertReferences(tx, input);
      if (await findUserByEmail(tx, input.email)) throw new ProblemError(409, 'email_taken');
      const [row] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          language: input.language,
          officeId: input.officeId,
          departmentId: input.departmentId,
          teamId: input.teamId,
          passwordHash,
          mustChangePassword: true,
        })
        .returning();
      if (!row) throw new Error('user insert returned nothing');
      const roles = [...new Set(input.roles)];
      await replaceRoles(tx, row.id, roles);
      const user = presentUser(row, roles);
      await recordAudit(tx, actorOf(actor), {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        after: { ...user, passwordHash: 'set' },
      });
      return user;
    }),
  );
}

export async function updateUser(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: TUpdateUserRequest,
): Promise<TUser> {
  return withUniqueEmail(() =>
    ctx.db.transaction(async (tx) => {
      const { row, roles } = await loadUser(tx, id);
      await assertReferences(tx, input);
      const newRoles = input.roles ? [...new Set(input.roles)] : roles;
      if (roles.includes('admin') && !newRoles.includes('admin') && row.active) await assertAdminRemains(tx, id);
      if (input.email && input.email !== row.email.toLowerCase()) {
        const other = await findUserByEmail(tx, input.email);
        if (other && other.id !== id) throw new ProblemError(409, 'email_taken');
      }
      const { roles: _roles, ...fields } = input;
      const [updated] = await tx
        .update(users)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning();
      if (!updated) throw new ProblemError(404, 'not_found');
      if (input.roles) await replaceRoles(tx, id, newRoles);
      const before = presentUser(row, roles);
      const after = presentUser(updated, newRoles);
      await recordAudit(tx, actorOf(actor), {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  );
}

/** Deactivating ends the user's sessions at once; the account and its history stay. */
export async function setUserActive(ctx: AppContext, actor: SessionUser, id: string, active: boolean): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const { row, roles } = await loadUser(tx, id);
    if (!active && id === actor.id) throw new ProblemError(409, 'cannot_deactivate_self');
    if (!active && roles.includes('admin')) await assertAdminRemains(tx, id);
    const [updated] = await tx
      .update(users)
      .set({ active, failedLoginCount: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!updated) throw new ProblemError(404, 'not_found');
    if (!active) await deleteSessionsOfUser(tx, id);
    const before = presentUser(row, roles);
    const after = presentUser(updated, roles);
    await recordAudit(tx, actorOf(actor), {
      action: active ? 'user.activated' : 'user.deactivated',
      entityType: 'user',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** An admin sets a temporary password: the user's sessions end and they choose a new one at next login. */
export async function resetPassword(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  temporaryPassword: string,
): Promise<TUser> {
  assertAllowedPassword(ctx, temporaryPassword);
  const passwordHash = await hashPassword(temporaryPassword);
  return ctx.db.transaction(async (tx) => {
    const { row, roles } = await loadUser(tx, id);
    const [updated] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        isDemo: false,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (!updated) throw new ProblemError(404, 'not_found');
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actorOf(actor), {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      before: {
        passwordHash: 'old',
        mustChangePassword: row.mustChangePassword,
        locked: presentUser(row, roles).locked,
      },
      after: { passwordHash: 'new', mustChangePassword: true, locked: false },
    });
    return presentUser(updated, roles);
  });
}

export async function updateProfile(ctx: AppContext, actor: SessionUser, language: 'nl' | 'en'): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadUser(tx, actor.id);
    await tx.update(users).set({ language, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, actorOf(actor), {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: actor.id,
      before: { language: row.language },
      after: { language },
    });
  });
}
