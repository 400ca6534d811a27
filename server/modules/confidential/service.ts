import { createHash, randomInt } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor, Tx } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { users } from '../users/tables.js';
import type {
  TConfidentialFollowView,
  TConfidentialListItem,
  TConfidentialReport,
  TCreateConfidentialReportRequest,
} from './schema.js';
import { confidentialMessages, confidentialNotes, confidentialReports } from './tables.js';
import { CODE_ALPHABET, CODE_LENGTH, type ConfidentialStatus, normaliseCode } from './vocabulary.js';

type ReportRow = typeof confidentialReports.$inferSelect;

/**
 * What the reporter does is audited without naming them, also when the report is not anonymous: the audit log is
 * read by the administrator, who must not learn who went to the confidential counsellor. The report row itself
 * (which only the counsellor reads) holds the name when the reporter chose to give it.
 */
const REPORTER_ACTOR: Actor = { id: null, label: 'confidential reporter' };

function randomCode(length: number): string {
  let code = '';
  for (let index = 0; index < length; index++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const hashCode = (code: string) => createHash('sha256').update(normaliseCode(code)).digest('hex');

/** Files a report; the follow-up code is returned once and only its hash is kept. */
export async function fileConfidentialReport(
  ctx: AppContext,
  user: SessionUser,
  input: TCreateConfidentialReportRequest,
): Promise<{ reference: string; code: string }> {
  const code = randomCode(CODE_LENGTH);
  const reference = `VM-${randomCode(6)}`;
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(confidentialReports)
      .values({
        reference,
        category: input.category,
        anonymous: input.anonymous,
        reporterId: input.anonymous ? null : user.id,
        contact: input.anonymous ? '' : input.contact,
        occurredOn: input.occurredOn,
        description: input.description,
        involved: input.involved,
        wish: input.wish,
        codeHash: hashCode(code),
      })
      .returning({ id: confidentialReports.id });
    await recordAudit(tx, REPORTER_ACTOR, {
      action: 'confidential_report.filed',
      entityType: 'confidential_report',
      entityId: row?.id ?? null,
      after: { category: input.category, anonymous: input.anonymous },
    });
  });
  return { reference, code: code.match(/.{1,4}/g)?.join('-') ?? code };
}

async function reportByCode(db: Executor, code: string): Promise<ReportRow> {
  const [report] = await db
    .select()
    .from(confidentialReports)
    .where(eq(confidentialReports.codeHash, hashCode(code)));
  if (!report) throw new ProblemError(404, 'confidential_code_invalid');
  return report;
}

async function messagesOf(db: Executor, reportId: string) {
  const rows = await db
    .select({ message: confidentialMessages, confidantName: users.name })
    .from(confidentialMessages)
    .leftJoin(users, eq(users.id, confidentialMessages.confidantId))
    .where(eq(confidentialMessages.reportId, reportId))
    .orderBy(asc(confidentialMessages.createdAt));
  return rows.map(({ message, confidantName }) => ({
    id: message.id,
    author: message.author as 'reporter' | 'confidant',
    authorName: message.author === 'confidant' ? confidantName : null,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  }));
}

/** The reporter's view by code: the report, its status and the conversation; never the counsellor's notes. */
export async function followReport(ctx: AppContext, code: string): Promise<TConfidentialFollowView> {
  const report = await reportByCode(ctx.db, code);
  return {
    reference: report.reference,
    category: report.category as TConfidentialFollowView['category'],
    anonymous: report.anonymous,
    status: report.status as ConfidentialStatus,
    occurredOn: report.occurredOn,
    description: report.description,
    createdAt: report.createdAt.toISOString(),
    messages: await messagesOf(ctx.db, report.id),
  };
}

async function touch(tx: Tx, reportId: string, changes: Partial<typeof confidentialReports.$inferInsert> = {}) {
  await tx
    .update(confidentialReports)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(confidentialReports.id, reportId));
}

export async function reporterMessage(ctx: AppContext, code: string, body: string): Promise<TConfidentialFollowView> {
  const report = await reportByCode(ctx.db, code);
  if (report.status === 'closed') throw new ProblemError(409, 'confidential_closed');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(confidentialMessages)
      .values({ reportId: report.id, author: 'reporter', body })
      .returning({ id: confidentialMessages.id });
    await touch(tx, report.id);
    await recordAudit(tx, REPORTER_ACTOR, {
      action: 'confidential_report.message_added',
      entityType: 'confidential_report',
      entityId: report.id,
      after: { messageId: row?.id, author: 'reporter' },
    });
  });
  return followReport(ctx, code);
}

/** The counsellor's list: open reports first, those waiting for an answer on top. */
export async function confidentialList(ctx: AppContext): Promise<TConfidentialListItem[]> {
  const rows = await ctx.db
    .select({
      report: confidentialReports,
      messageCount: sql<number>`(select count(*)::int from confidential_messages m where m.report_id = confidential_reports.id)`,
      lastAuthor: sql<
        string | null
      >`(select m.author from confidential_messages m where m.report_id = confidential_reports.id order by m.created_at desc limit 1)`,
    })
    .from(confidentialReports)
    .orderBy(sql`${confidentialReports.status} = 'closed'`, desc(confidentialReports.updatedAt));
  return rows.map(({ report, messageCount, lastAuthor }) => ({
    id: report.id,
    reference: report.reference,
    category: report.category as TConfidentialListItem['category'],
    anonymous: report.anonymous,
    status: report.status as ConfidentialStatus,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
    messageCount: Number(messageCount),
    awaitingReply:
      report.status !== 'closed' && (lastAuthor === 'reporter' || (lastAuthor === null && report.status === 'new')),
  }));
}

/** One report for the counsellor, with the reporter (when named), the conversation and the notes. Logged. */
export async function confidentialReport(ctx: AppContext, user: SessionUser, id: string): Promise<TConfidentialReport> {
  const [report] = await ctx.db.select().from(confidentialReports).where(eq(confidentialReports.id, id));
  if (!report) throw new ProblemError(404, 'not_found');
  const [reporter] = report.reporterId
    ? await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, report.reporterId))
    : [];
  const [messages, notes] = await Promise.all([
    messagesOf(ctx.db, id),
    ctx.db
      .select({ note: confidentialNotes, author: users.name })
      .from(confidentialNotes)
      .innerJoin(users, eq(users.id, confidentialNotes.confidantId))
      .where(eq(confidentialNotes.reportId, id))
      .orderBy(asc(confidentialNotes.createdAt)),
  ]);
  await recordRead(ctx, user, { entityType: 'confidential_report', entityId: id });
  const last = messages.at(-1);
  return {
    id: report.id,
    reference: report.reference,
    category: report.category as TConfidentialReport['category'],
    anonymous: report.anonymous,
    status: report.status as ConfidentialStatus,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
    messageCount: messages.length,
    awaitingReply: report.status !== 'closed' && (last ? last.author === 'reporter' : report.status === 'new'),
    occurredOn: report.occurredOn,
    description: report.description,
    involved: report.involved,
    wish: report.wish as TConfidentialReport['wish'],
    reporter: reporter ? { ...reporter, contact: report.contact } : null,
    messages,
    notes: notes.map(({ note, author }) => ({
      id: note.id,
      author,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
    })),
  };
}

async function lockedReport(tx: Tx, id: string): Promise<ReportRow> {
  const [report] = await tx.select().from(confidentialReports).where(eq(confidentialReports.id, id)).for('update');
  if (!report) throw new ProblemError(404, 'not_found');
  return report;
}

export async function setConfidentialStatus(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  status: ConfidentialStatus,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const report = await lockedReport(tx, id);
    if (report.status === status) return;
    await touch(tx, id, { status });
    await recordAudit(tx, actorOf(user), {
      action: 'confidential_report.status_changed',
      entityType: 'confidential_report',
      entityId: id,
      before: { status: report.status },
      after: { status },
    });
  });
}

export async function addConfidentialNote(ctx: AppContext, user: SessionUser, id: string, body: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockedReport(tx, id);
    const [row] = await tx
      .insert(confidentialNotes)
      .values({ reportId: id, confidantId: user.id, body })
      .returning({ id: confidentialNotes.id });
    await recordAudit(tx, actorOf(user), {
      action: 'confidential_report.note_added',
      entityType: 'confidential_report',
      entityId: id,
      after: { noteId: row?.id },
    });
  });
}

/** The counsellor answers the reporter; a new report moves to "in conversation" with the first answer. */
export async function confidantMessage(ctx: AppContext, user: SessionUser, id: string, body: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const report = await lockedReport(tx, id);
    if (report.status === 'closed') throw new ProblemError(409, 'confidential_closed');
    const [row] = await tx
      .insert(confidentialMessages)
      .values({ reportId: id, author: 'confidant', confidantId: user.id, body })
      .returning({ id: confidentialMessages.id });
    await touch(tx, id, report.status === 'new' ? { status: 'in_conversation' } : {});
    await recordAudit(tx, actorOf(user), {
      action: 'confidential_report.message_added',
      entityType: 'confidential_report',
      entityId: id,
      before: { status: report.status },
      after: {
        messageId: row?.id,
        author: 'confidant',
        status: report.status === 'new' ? 'in_conversation' : report.status,
      },
    });
  });
}
