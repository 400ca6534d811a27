import { desc, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import type { TMailStatus } from './schema.js';
import { mailOutbox } from './tables.js';

/** The admin's view of outgoing mail: is SMTP configured, how much waits, what failed lately. */
export async function mailStatus(ctx: AppContext): Promise<TMailStatus> {
  const counts = { pending: 0, failed: 0, sent: 0, dead: 0 };
  const rows = await queryRows<{ status: keyof typeof counts; count: number }>(
    ctx.db,
    sql`select status, count(*)::int as count from mail_outbox group by status`,
  );
  for (const row of rows) if (row.status in counts) counts[row.status] = Number(row.count);
  const recent = await ctx.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(20);
  return {
    configured: Boolean(ctx.config.smtpUrl),
    from: ctx.config.mailFrom,
    counts,
    recent: recent.map((row) => ({
      id: row.id,
      kind: row.kind,
      status: row.status as TMailStatus['recent'][number]['status'],
      attempts: row.attempts,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      lastError: row.lastError,
    })),
  };
}
