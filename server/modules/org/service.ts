import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { Tx } from '../../db/client.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/errors.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import {
  findDepartment,
  findOffice,
  findTeam,
  getOrganisation,
  listDepartments,
  listOffices,
  listTeams,
} from './repository.js';
import type {
  TOrgStructure,
  ZCreateDepartmentRequest,
  ZCreateOfficeRequest,
  ZCreateTeamRequest,
  ZUpdateDepartmentRequest,
  ZUpdateOfficeRequest,
  ZUpdateOrganisationRequest,
  ZUpdateTeamRequest,
} from './schema.js';
import { departments, offices, organisation, teams } from './tables.js';

export async function getStructure(ctx: AppContext): Promise<TOrgStructure> {
  const [org, officeRows, departmentRows, teamRows] = await Promise.all([
    getOrganisation(ctx.db),
    listOffices(ctx.db),
    listDepartments(ctx.db),
    listTeams(ctx.db),
  ]);
  return {
    organisation: { name: org?.name ?? '', twoFactorRequired: org?.twoFactorRequired ?? true },
    offices: officeRows.map(({ id, name, address, active }) => ({ id, name, address, active })),
    departments: departmentRows.map(({ id, name, active }) => ({ id, name, active })),
    teams: teamRows.map(({ id, name, departmentId, officeId, active }) => ({
      id,
      name,
      departmentId,
      officeId,
      active,
    })),
  };
}

/** Runs an organisation change in a transaction; a duplicate name becomes a clear 409. */
async function change<T>(ctx: AppContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new ProblemError(409, 'name_taken');
    throw error;
  }
}

function found<T>(row: T | undefined): T {
  if (!row) throw new ProblemError(404, 'not_found');
  return row;
}

async function assertTeamReferences(tx: Tx, refs: { departmentId?: string; officeId?: string | null }): Promise<void> {
  if (refs.departmentId && !(await findDepartment(tx, refs.departmentId))) {
    throw new ProblemError(400, 'unknown_reference', { field: 'afdeling / department' });
  }
  if (refs.officeId && !(await findOffice(tx, refs.officeId))) {
    throw new ProblemError(400, 'unknown_reference', { field: 'kantoor / office' });
  }
}

export async function updateOrganisation(
  ctx: AppContext,
  actor: SessionUser,
  input: z.infer<typeof ZUpdateOrganisationRequest>,
): Promise<void> {
  await change(ctx, async (tx) => {
    const before = found(await getOrganisation(tx));
    const [after] = await tx
      .update(organisation)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(organisation.id, 1))
      .returning();
    await recordAudit(tx, actorOf(actor), {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: '1',
      before,
      after,
    });
  });
}

export async function createOffice(ctx: AppContext, actor: SessionUser, input: z.infer<typeof ZCreateOfficeRequest>) {
  return change(ctx, async (tx) => {
    const row = found((await tx.insert(offices).values(input).returning())[0]);
    await recordAudit(tx, actorOf(actor), {
      action: 'office.created',
      entityType: 'office',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateOffice(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: z.infer<typeof ZUpdateOfficeRequest>,
) {
  return change(ctx, async (tx) => {
    const before = found(await findOffice(tx, id));
    const after = found((await tx.update(offices).set(input).where(eq(offices.id, id)).returning())[0]);
    await recordAudit(tx, actorOf(actor), {
      action: 'office.updated',
      entityType: 'office',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function createDepartment(
  ctx: AppContext,
  actor: SessionUser,
  input: z.infer<typeof ZCreateDepartmentRequest>,
) {
  return change(ctx, async (tx) => {
    const row = found((await tx.insert(departments).values(input).returning())[0]);
    await recordAudit(tx, actorOf(actor), {
      action: 'department.created',
      entityType: 'department',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateDepartment(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: z.infer<typeof ZUpdateDepartmentRequest>,
) {
  return change(ctx, async (tx) => {
    const before = found(await findDepartment(tx, id));
    const after = found((await tx.update(departments).set(input).where(eq(departments.id, id)).returning())[0]);
    await recordAudit(tx, actorOf(actor), {
      action: 'department.updated',
      entityType: 'department',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function createTeam(ctx: AppContext, actor: SessionUser, input: z.infer<typeof ZCreateTeamRequest>) {
  return change(ctx, async (tx) => {
    await assertTeamReferences(tx, input);
    const row = found((await tx.insert(teams).values(input).returning())[0]);
    await recordAudit(tx, actorOf(actor), { action: 'team.created', entityType: 'team', entityId: row.id, after: row });
    return row;
  });
}

export async function updateTeam(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: z.infer<typeof ZUpdateTeamRequest>,
) {
  return change(ctx, async (tx) => {
    const before = found(await findTeam(tx, id));
    await assertTeamReferences(tx, input);
    const after = found((await tx.update(teams).set(input).where(eq(teams.id, id)).returning())[0]);
    await recordAudit(tx, actorOf(actor), { action: 'team.updated', entityType: 'team', entityId: id, before, after });
    return after;
  });
}
