import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { likePattern } from '../clients/repository.js';
import { clients } from '../clients/tables.js';
import { confidentialReports } from '../confidential/tables.js';
import { incidents } from '../incidents/tables.js';
import { countOtherActiveAdmins, rolesOf } from '../users/repository.js';
import { users } from '../users/tables.js';
import { anonymiseClient, anonymiseEmployee } from './anonymise.js';
import {
  exportClient,
  exportConfidential,
  exportEmployee,
  type SubjectExport,
  type SubjectType,
  subjectExists,
} from './export.js';
import type { TCreatePrivacyRequest, TPrivacyRequest } from './schema.js';
import { anonymisations, privacyRequests } from './tables.js';

type RequestRow = typeof privacyRequests.$inferSelect;

async function subjectNames(ctx: AppContext, rows: RequestRow[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const clientIds = rows.filter((row) => row.subjectType === 'client').map((row) => row.subjectId);
  const userIds = rows.filter((row) => row.subjectType === 'employee').map((row) => row.subjectId);
  if (clientIds.length > 0) {
    const found = await ctx.db
      .select({ id: clients.id, name: clients.name })
      .from(clients)
      .where(sql`${clients.id} in ${clientIds}`);
    for (const row of found) names.set(row.id, row.name);
  }
  if (userIds.length > 0) {
    const found = await ctx.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(sql`${users.id} in ${userIds}`);
    for (const row of found) names.set(row.id, row.name);
  }
  return names;
}

async function present(ctx: AppContext, rows: RequestRow[]): Promise<TPrivacyRequest[]> {
  const names = await subjectNames(ctx, rows);
  const done = await ctx.db.select().from(anonymisations);
  const anonymisedAt = new Map(done.map((row) => [`${row.subjectType}:${row.subjectId}`, row.anonymisedAt]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as TPrivacyRequest['kind'],
    subjectType: row.subjectType as TPrivacyRequest['subjectType'],
    subjectId: row.subjectId,
    subjectName: names.get(row.subjectId) ?? '',
    requestedBy: row.requestedBy,
    receivedOn: row.receivedOn,
    legalGround: row.legalGround,
    status: row.status as TPrivacyRequest['status'],
    decisionNote: row.decisionNote,
    outcome: row.outcome ?? null,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
    closedBy: row.closedBy,
    closedAt: row.closedAt?.toISOString() ?? null,
    anonymisedAt: anonymisedAt.get(`${row.subjectType}:${row.subjectId}`)?.toISOString() ?? null,
  }));
}

export async function listRequests(ctx: AppContext): Promise<TPrivacyRequest[]> {
  const rows = await ctx.db.select().from(privacyRequests).orderBy(desc(privacyRequests.createdAt)).limit(500);
  return present(ctx, rows);
}

async function findRequest(ctx: AppContext, id: string): Promise<RequestRow> {
  const [row] = await ctx.db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  if (!row) throw new ProblemError(404, 'not_found');
  return row;
}

export async function getRequest(ctx: AppContext, id: string): Promise<TPrivacyRequest> {
  const [presented] = await present(ctx, [await findRequest(ctx, id)]);
  if (!presented) throw new ProblemError(404, 'not_found');
  return presented;
}

export async function createRequest(
  ctx: AppContext,
  user: SessionUser,
  input: TCreatePrivacyRequest,
): Promise<TPrivacyRequest> {
  if (!(await subjectExists(ctx.db, input.subjectType, input.subjectId))) {
    throw new ProblemError(400, 'privacy_subject_unknown');
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(privacyRequests)
      .values({ ...input, recordedBy: user.id })
      .returning();
    if (!inserted) throw new Error('privacy request insert returned nothing');
    // Who asked and on what ground are free text: they stay in the request, not in the append-only log.
    await recordAudit(tx, actorOf(user), {
      action: 'privacy.request_recorded',
      entityType: 'privacy_request',
      entityId: inserted.id,
      after: {
        kind: input.kind,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        receivedOn: input.receivedOn,
      },
    });
    return inserted;
  });
  return getRequest(ctx, row.id);
}

/** The export for a request; reading it is logged like any other read of sensitive records. */
export async function exportForRequest(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  format: 'json' | 'pdf',
): Promise<SubjectExport> {
  const request = await findRequest(ctx, id);
  const data =
    request.subjectType === 'client'
      ? await exportClient(ctx.db, request.subjectId)
      : await exportEmployee(ctx.db, request.subjectId);
  if (!data) throw new ProblemError(404, 'not_found');
  await recordRead(ctx, user, {
    entityType: 'privacy_export',
    entityId: request.id,
    details: { subjectType: request.subjectType, subjectId: request.subjectId, format },
  });
  return data;
}

/**
 * The confidential part of an access request, made by the counsellor from one of the person's named reports: every
 * report that person filed under their name, with the conversation. An anonymous report links to nobody: 404.
 */
export async function exportConfidentialForReport(
  ctx: AppContext,
  user: SessionUser,
  reportId: string,
): Promise<SubjectExport> {
  const [report] = await ctx.db
    .select({ reporterId: confidentialReports.reporterId })
    .from(confidentialReports)
    .where(eq(confidentialReports.id, reportId));
  if (!report?.reporterId) throw new ProblemError(404, 'not_found');
  const data = await exportConfidential(ctx.db, report.reporterId);
  if (!data) throw new ProblemError(404, 'not_found');
  await recordRead(ctx, user, {
    entityType: 'privacy_export',
    entityId: reportId,
    details: { part: 'confidential', reports: data.sections.confidentialReports?.length ?? 0 },
  });
  return data;
}

/**
 * Carries out an erasure request: the person's data is anonymised, the request closed with what was done, and the
 * audit log records the counts. One transaction: on any failure nothing is anonymised and the request stays open.
 */
export async function eraseForRequest(ctx: AppContext, user: SessionUser, id: string): Promise<TPrivacyRequest> {
  await ctx.db.transaction(async (tx) => {
    const [request] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, id)).for('update');
    if (!request) throw new ProblemError(404, 'not_found');
    if (request.kind !== 'erasure') throw new ProblemError(409, 'privacy_request_not_erasure');
    if (request.status !== 'open') throw new ProblemError(409, 'privacy_request_closed');
    const [already] = await tx
      .select()
      .from(anonymisations)
      .where(and(eq(anonymisations.subjectType, request.subjectType), eq(anonymisations.subjectId, request.subjectId)));
    if (already) throw new ProblemError(409, 'privacy_subject_already_anonymised');
    const type = request.subjectType as SubjectType;
    if (type === 'employee') {
      if (request.subjectId === user.id) throw new ProblemError(409, 'privacy_cannot_erase_self');
      const roles = (await rolesOf(tx, [request.subjectId])).get(request.subjectId) ?? [];
      if (roles.includes('admin') && (await countOtherActiveAdmins(tx, request.subjectId)) === 0) {
        throw new ProblemError(409, 'privacy_last_admin');
      }
    }
    const reports = await tx
      .select({ id: incidents.id })
      .from(incidents)
      .where(eq(type === 'client' ? incidents.clientId : incidents.employeeId, request.subjectId));
    const outcome =
      type === 'client' ? await anonymiseClient(tx, request.subjectId) : await anonymiseEmployee(tx, request.subjectId);
    const now = new Date();
    // The reports are marked too, so the retention job does not count them again.
    await tx
      .insert(anonymisations)
      .values([
        { subjectType: type, subjectId: request.subjectId, anonymisedAt: now, requestId: id },
        ...reports.map((row) => ({ subjectType: 'incident', subjectId: row.id, anonymisedAt: now, requestId: id })),
      ])
      .onConflictDoNothing();
    await tx
      .update(privacyRequests)
      .set({ status: 'completed', outcome, closedBy: user.id, closedAt: now })
      .where(eq(privacyRequests.id, id));
    await recordAudit(tx, actorOf(user), {
      action: 'privacy.erased',
      entityType: type,
      entityId: request.subjectId,
      details: { requestId: id, outcome },
    });
  });
  return getRequest(ctx, id);
}

/** Closes a request without erasing: an access request answered, or any request refused (with the reason). */
export async function closeRequest(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { status: 'completed' | 'refused'; note: string },
): Promise<TPrivacyRequest> {
  await ctx.db.transaction(async (tx) => {
    const [request] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, id)).for('update');
    if (!request) throw new ProblemError(404, 'not_found');
    if (request.status !== 'open') throw new ProblemError(409, 'privacy_request_closed');
    // An erasure is completed only by erasing; closing it otherwise means refusing it.
    if (request.kind === 'erasure' && input.status === 'completed') throw new ProblemError(409, 'privacy_erase_first');
    await tx
      .update(privacyRequests)
      .set({ status: input.status, decisionNote: input.note, closedBy: user.id, closedAt: new Date() })
      .where(eq(privacyRequests.id, id));
    await recordAudit(tx, actorOf(user), {
      action: input.status === 'completed' ? 'privacy.request_completed' : 'privacy.request_refused',
      entityType: 'privacy_request',
      entityId: id,
      before: { status: 'open' },
      after: { status: input.status },
    });
  });
  return getRequest(ctx, id);
}

/** People to pick when recording a request: clients by name or number, employees by name or e-mail. */
export async function findSubjects(ctx: AppContext, type: SubjectType, term: string) {
  const pattern = likePattern(term);
  if (type === 'client') {
    const rows = await ctx.db
      .select({ id: clients.id, name: clients.name, number: clients.clientNumber, address: clients.address })
      .from(clients)
      .where(or(ilike(clients.name, pattern), ilike(clients.clientNumber, pattern)))
      .limit(20);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      detail: [row.number, row.address].filter(Boolean).join(' · '),
    }));
  }
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(or(ilike(users.name, pattern), ilike(users.email, pattern)))
    .limit(20);
  return rows.map((row) => ({ id: row.id, name: row.name, detail: row.email }));
}
