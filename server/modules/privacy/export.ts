import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { alarmEvents, alarms } from '../alarms/tables.js';
import { auditLog } from '../audit/tables.js';
import { sessions } from '../auth/tables.js';
import { clients, handlingClients } from '../clients/tables.js';
import { handlingEvents, handlings } from '../handlings/tables.js';
import { incidentAttachments } from '../incidents/attachments-tables.js';
import { incidents, ordegesprekken } from '../incidents/tables.js';
import { clientMeasures } from '../measures/tables.js';
import { ssoIdentities } from '../sso/tables.js';
import { userRoles, users } from '../users/tables.js';

/** Audit entries in one export: the newest this many (the log itself is complete; the admin can show more). */
export const AUDIT_LIMIT = 5000;

export type SubjectType = 'client' | 'employee';

/** Everything Regie holds about one person, section by section, as stored (minus secrets and file bytes). */
export interface SubjectExport {
  subject: { type: SubjectType; id: string };
  exportedAt: string;
  sections: Record<string, Record<string, unknown>[]>;
}

const attachmentColumns = {
  id: incidentAttachments.id,
  incidentId: incidentAttachments.incidentId,
  fileName: incidentAttachments.fileName,
  contentType: incidentAttachments.contentType,
  size: incidentAttachments.size,
  sha256: incidentAttachments.sha256,
  uploadedBy: incidentAttachments.uploadedBy,
};

async function auditAbout(db: Executor, entityIds: string[], actorId?: string) {
  const about = entityIds.length > 0 ? inArray(auditLog.entityId, entityIds) : sql`false`;
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actor: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .where(actorId ? or(about, eq(auditLog.actorId, actorId)) : about)
    .orderBy(desc(auditLog.seq))
    .limit(AUDIT_LIMIT);
}

async function incidentDetails(db: Executor, incidentIds: string[]) {
  if (incidentIds.length === 0) return { ordegesprekken: [], attachments: [], measures: [] };
  const [talks, files, measures] = await Promise.all([
    db.select().from(ordegesprekken).where(inArray(ordegesprekken.incidentId, incidentIds)),
    db.select(attachmentColumns).from(incidentAttachments).where(inArray(incidentAttachments.incidentId, incidentIds)),
    db.select().from(clientMeasures).where(inArray(clientMeasures.incidentId, incidentIds)),
  ]);
  return { ordegesprekken: talks, attachments: files, measures };
}

export async function exportClient(db: Executor, clientId: string): Promise<SubjectExport | null> {
  const [client] = await db.select().from(clients).where(eq(clients.id, clientId));
  if (!client) return null;
  const reports = await db
    .select()
    .from(incidents)
    .where(eq(incidents.clientId, clientId))
    .orderBy(asc(incidents.createdAt));
  const measures = await db
    .select()
    .from(clientMeasures)
    .where(eq(clientMeasures.clientId, clientId))
    .orderBy(asc(clientMeasures.decidedAt));
  const linkedHandlings = await db
    .select({ handling: handlings })
    .from(handlingClients)
    .innerJoin(handlings, eq(handlings.id, handlingClients.handlingId))
    .where(eq(handlingClients.clientId, clientId));
  const handlingIds = linkedHandlings.map((row) => row.handling.id);
  const events =
    handlingIds.length > 0
      ? await db.select().from(handlingEvents).where(inArray(handlingEvents.handlingId, handlingIds))
      : [];
  const incidentIds = reports.map((row) => row.id);
  const details = await incidentDetails(db, incidentIds);
  const alarmIds = reports.map((row) => row.alarmId).filter((id): id is string => id !== null);
  const alarmRows = alarmIds.length > 0 ? await db.select().from(alarms).where(inArray(alarms.id, alarmIds)) : [];
  const audit = await auditAbout(db, [clientId, ...incidentIds, ...measures.map((row) => row.id), ...handlingIds]);
  return {
    subject: { type: 'client', id: clientId },
    exportedAt: new Date().toISOString(),
    sections: {
      client: [client],
      incidents: reports,
      ordegesprekken: details.ordegesprekken,
      measures,
      attachments: details.attachments,
      handlings: linkedHandlings.map((row) => row.handling),
      handlingEvents: events,
      alarms: alarmRows,
      audit,
    },
  };
}

export async function exportEmployee(db: Executor, userId: string): Promise<SubjectExport | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      language: users.language,
      officeId: users.officeId,
      departmentId: users.departmentId,
      teamId: users.teamId,
      twoStepVerificationSince: users.totpEnabledAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  const reports = await db
    .select()
    .from(incidents)
    .where(
      or(
        eq(incidents.employeeId, userId),
        eq(incidents.reportedBy, userId),
        sql`${incidents.involved} @> ${JSON.stringify([{ userId }])}::jsonb`,
        sql`${incidents.witnesses} @> ${JSON.stringify([{ userId }])}::jsonb`,
      ),
    )
    .orderBy(asc(incidents.createdAt));
  const incidentIds = reports.map((row) => row.id);
  const details = await incidentDetails(db, incidentIds);
  const ownHandlings = await db
    .select()
    .from(handlings)
    .where(or(eq(handlings.startedBy, userId), eq(handlings.handlerId, userId)));
  const raised = await db.select().from(alarms).where(eq(alarms.raisedBy, userId));
  const alarmActs = await db
    .select()
    .from(alarmEvents)
    .where(
      or(
        eq(alarmEvents.actorId, userId),
        raised.length > 0
          ? inArray(
              alarmEvents.alarmId,
              raised.map((row) => row.id),
            )
          : sql`false`,
      ),
    );
  const ownSessions = await db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  const identities = await db
    .select({ issuer: ssoIdentities.issuer, subject: ssoIdentities.subject, lastLoginAt: ssoIdentities.lastLoginAt })
    .from(ssoIdentities)
    .where(eq(ssoIdentities.userId, userId));
  const audit = await auditAbout(db, [userId, ...incidentIds], userId);
  return {
    subject: { type: 'employee', id: userId },
    exportedAt: new Date().toISOString(),
    sections: {
      employee: [{ ...user, roles: roles.map((row) => row.role) }],
      incidents: reports,
      ordegesprekken: details.ordegesprekken,
      measures: details.measures,
      attachments: details.attachments,
      handlings: ownHandlings,
      alarms: raised,
      alarmEvents: alarmActs,
      sessions: ownSessions,
      ssoIdentities: identities,
      audit,
    },
  };
}

/** Whether the subject exists: a request can only be recorded for someone Regie knows. */
export async function subjectExists(db: Executor, type: SubjectType, id: string): Promise<boolean> {
  const table = type === 'client' ? clients : users;
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id)));
  return row !== undefined;
}
