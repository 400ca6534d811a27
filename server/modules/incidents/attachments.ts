import { createHash } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { users } from '../users/tables.js';
import { accessTo, mayEdit } from './access.js';
import { incidentAttachments } from './attachments-tables.js';
import { ATTACHMENTS_PER_INCIDENT, detectFileType } from './file-types.js';
import { findIncident, lockIncident } from './repository.js';

/** A file name safe to show and to send back: no path, no control characters, bounded. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean === '' ? 'bijlage' : clean).slice(0, 200);
}

export function attachmentsOf(db: Executor, incidentId: string) {
  return db
    .select({
      id: incidentAttachments.id,
      fileName: incidentAttachments.fileName,
      contentType: incidentAttachments.contentType,
      size: incidentAttachments.size,
      sha256: incidentAttachments.sha256,
      uploadedAt: incidentAttachments.uploadedAt,
      uploadedBy: users.name,
    })
    .from(incidentAttachments)
    .innerJoin(users, eq(users.id, incidentAttachments.uploadedBy))
    .where(eq(incidentAttachments.incidentId, incidentId))
    .orderBy(asc(incidentAttachments.uploadedAt));
}

/** Adds evidence to a report: recognised by its bytes, stored with its SHA-256, at most ten per report. */
export async function addAttachment(
  ctx: AppContext,
  user: SessionUser,
  incidentId: string,
  input: { fileName: string; bytes: Buffer },
): Promise<void> {
  if (input.bytes.length === 0) throw new ProblemError(400, 'attachment_empty');
  const contentType = detectFileType(input.bytes);
  if (!contentType) throw new ProblemError(415, 'attachment_type');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  await ctx.db.transaction(async (tx) => {
    const incident = await lockIncident(tx, incidentId);
    if (!incident) throw new ProblemError(404, 'not_found');
    const access = accessTo(incident, user);
    if (access === 'none') throw new ProblemError(404, 'not_found');
    if (!mayEdit(incident, access)) throw new ProblemError(409, 'incident_locked');
    const [existing] = await tx
      .select({ n: count() })
      .from(incidentAttachments)
      .where(eq(incidentAttachments.incidentId, incidentId));
    if (Number(existing?.n ?? 0) >= ATTACHMENTS_PER_INCIDENT)
      throw new ProblemError(409, 'attachment_limit', { count: ATTACHMENTS_PER_INCIDENT });
    const fileName = cleanFileName(input.fileName);
    const [row] = await tx
      .insert(incidentAttachments)
      .values({
        incidentId,
        fileName,
        contentType,
        size: input.bytes.length,
        sha256,
        data: input.bytes,
        uploadedBy: user.id,
      })
      .returning({ id: incidentAttachments.id });
    await recordAudit(tx, actorOf(user), {
      action: 'incident.attachment_added',
      entityType: 'incident',
      entityId: incidentId,
      after: { attachmentId: row?.id, contentType, size: input.bytes.length, sha256 },
    });
  });
}

/** The file, for whoever may see the report it belongs to. */
export async function getAttachment(ctx: AppContext, user: SessionUser, id: string) {
  const [row] = await ctx.db.select().from(incidentAttachments).where(eq(incidentAttachments.id, id));
  if (!row) throw new ProblemError(404, 'not_found');
  const incident = await findIncident(ctx.db, row.incidentId);
  if (!incident || accessTo(incident, user) === 'none') throw new ProblemError(404, 'not_found');
  return row;
}

/** A writer may take a file out of their draft again; once sent, evidence stays. */
export async function removeAttachment(ctx: AppContext, user: SessionUser, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: incidentAttachments.id, incidentId: incidentAttachments.incidentId })
      .from(incidentAttachments)
      .where(eq(incidentAttachments.id, id));
    if (!row) throw new ProblemError(404, 'not_found');
    const incident = await lockIncident(tx, row.incidentId);
    if (!incident || accessTo(incident, user) === 'none') throw new ProblemError(404, 'not_found');
    if (incident.status !== 'draft') throw new ProblemError(409, 'attachment_kept');
    await tx
      .delete(incidentAttachments)
      .where(and(eq(incidentAttachments.id, id), eq(incidentAttachments.incidentId, row.incidentId)));
    await recordAudit(tx, actorOf(user), {
      action: 'incident.attachment_removed',
      entityType: 'incident',
      entityId: row.incidentId,
      before: { attachmentId: id },
    });
  });
}
