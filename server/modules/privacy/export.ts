import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { aftercareAbsences, aftercareCheckins, incidentDebriefs, incidentEvaluations } from '../aftercare/tables.js';
import { alarmEvents, alarms } from '../alarms/tables.js';
import { auditLog } from '../audit/tables.js';
import { sessions } from '../auth/tables.js';
import { clients, handlingClients } from '../clients/tables.js';
import { confidentialMessages, confidentialReports } from '../confidential/tables.js';
import { handlingEvents, handlings } from '../handlings/tables.js';
import { incidentAttachments } from '../incidents/attachments-tables.js';
import { incidents, ordegesprekken } from '../incidents/tables.js';
import { measureLetters } from '../letters/tables.js';
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
  if (incidentIds.length === 0) {
    return { ordegesprekken: [], attachments: [], measures: [], debriefs: [], evaluations: [] };
  }
  const [talks, files, measures, debriefs, evaluations] = await Promise.all([
    db.select().from(ordegesprekken).where(inArray(ordegesprekken.incidentId, incidentIds)),
    db.select(attachmentColumns).from(incidentAttachments).where(inArray(incidentAttachments.incidentId, incidentIds)),
    db.select().from(clientMeasures).where(inArray(clientMeasures.incidentId, incidentIds)),
    db.select().from(incidentDebriefs).where(inArray(incidentDebriefs.incidentId, incidentIds)),
    db.select().from(incidentEvaluations).where(inArray(incidentEvaluations.incidentId, incidentIds)),
  ]);
  return { ordegesprekken: talks, attachments: files, measures, debriefs, evaluations };
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
  // The letters addressed to the client: the text as sent; the PDF holds the same text, so its bytes stay out.
  const letters =
    measures.length > 0
      ? await db
          .select({
            id: measureLetters.id,
            measureId: measureLetters.measureId,
            kind: measureLetters.kind,
            templateVersion: measureLetters.templateVersion,
            subject: measureLetters.subject,
            body: measureLetters.body,
            fileName: measureLetters.fileName,
            size: measureLetters.size,
            sha256: measureLetters.sha256,
            generatedBy: measureLetters.generatedBy,
            generatedAt: measureLetters.generatedAt,
          })
          .from(measureLetters)
          .where(
            inArray(
              measureLetters.measureId,
              measures.map((row) => row.id),
            ),
          )
          .orderBy(asc(measureLetters.generatedAt))
      : [];
  const audit = await auditAbout(db, [
    clientId,
    ...incidentIds,
    ...measures.map((row) => row.id),
    ...handlingIds,
    ...letters.map((row) => row.id),
  ]);
  return {
    subject: { type: 'client', id: clientId },
    exportedAt: new Date().toISOString(),
    sections: {
      client: [client],
      incidents: reports,
      ordegesprekken: details.ordegesprekken,
      measures,
      letters,
      attachments: details.attachments,
      debriefs: details.debriefs,
      evaluations: details.evaluations,
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
  const checkins = await db
    .select()
    .from(aftercareCheckins)
    .where(eq(aftercareCheckins.personId, userId))
    .orderBy(asc(aftercareCheckins.opensOn));
  const absences = await db
    .select()
    .from(aftercareAbsences)
    .where(eq(aftercareAbsences.personId, userId))
    .orderBy(asc(aftercareAbsences.startOn));
  // Confidential reports are not in this export: it is made by the safety officer, and only the confidential
  // counsellor may learn that someone went to them. The counsellor makes that part (exportConfidential below).
  const audit = await auditAbout(db, [userId, ...incidentIds, ...checkins.map((row) => row.id)], userId);
  return {
    subject: { type: 'employee', id: userId },
    exportedAt: new Date().toISOString(),
    sections: {
      employee: [{ ...user, roles: roles.map((row) => row.role) }],
      incidents: reports,
      ordegesprekken: details.ordegesprekken,
      measures: details.measures,
      attachments: details.attachments,
      debriefs: details.debriefs,
      evaluations: details.evaluations,
      aftercareCheckins: checkins,
      aftercareAbsences: absences,
      handlings: ownHandlings,
      alarms: raised,
      alarmEvents: alarmActs,
      sessions: ownSessions,
      ssoIdentities: identities,
      audit,
    },
  };
}

/**
 * The confidential part of an employee's export, made by the confidential counsellor and handed to the person by
 * her: the reports they filed under their name and the conversation with the counsellor. An anonymous report has
 * no link to anyone and cannot be found (its reporter reads it with their code).
 *
 * The counsellor's own notes are left out. They are her working notes on a case about a colleague and often
 * witnesses; the reporter never sees them (confidential/tables.ts). The AVG lets access be limited where a copy
 * would harm the rights and freedoms of others (art. 15 lid 4 AVG, art. 41 UAVG), and the counsellor is bound to
 * confidentiality towards the colleague concerned as well. Where a note holds something about the reporter alone,
 * the counsellor can add it by hand; the notes are emptied on erasure like the rest.
 */
export async function exportConfidential(db: Executor, userId: string): Promise<SubjectExport | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const reports = await db
    .select({
      id: confidentialReports.id,
      reference: confidentialReports.reference,
      category: confidentialReports.category,
      contact: confidentialReports.contact,
      occurredOn: confidentialReports.occurredOn,
      description: confidentialReports.description,
      involved: confidentialReports.involved,
      wish: confidentialReports.wish,
      status: confidentialReports.status,
      createdAt: confidentialReports.createdAt,
      updatedAt: confidentialReports.updatedAt,
    })
    .from(confidentialReports)
    .where(eq(confidentialReports.reporterId, userId))
    .orderBy(asc(confidentialReports.createdAt));
  const messages =
    reports.length > 0
      ? await db
          .select({
            reportId: confidentialMessages.reportId,
            author: confidentialMessages.author,
            body: confidentialMessages.body,
            createdAt: confidentialMessages.createdAt,
          })
          .from(confidentialMessages)
          .where(
            inArray(
              confidentialMessages.reportId,
              reports.map((row) => row.id),
            ),
          )
          .orderBy(asc(confidentialMessages.createdAt))
      : [];
  return {
    subject: { type: 'employee', id: userId },
    exportedAt: new Date().toISOString(),
    sections: { confidentialReports: reports, confidentialMessages: messages },
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
