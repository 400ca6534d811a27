import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import type { TComplaintCount, TComplaintList } from './schema.js';

/** The complaint counts entered, newest month first (five years at most: the dashboard's longest period). */
export async function complaintList(ctx: AppContext): Promise<TComplaintList> {
  const rows = await queryRows<{
    month: string;
    office_id: string | null;
    office_name: string | null;
    count: number;
    updated_at: Date | string;
  }>(
    ctx.db,
    sql`select to_char(c.month, 'YYYY-MM') as month, c.office_id, o.name as office_name, c.count, c.updated_at
        from complaint_counts c left join offices o on o.id = c.office_id
        order by c.month desc, o.name nulls first
        limit 1000`,
  );
  return {
    complaints: rows.map((row) => ({
      month: row.month,
      officeId: row.office_id,
      officeName: row.office_name,
      count: row.count,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
  };
}

/** Enters (or corrects) one month's count for one office; the previous count is kept in the audit log. */
export async function saveComplaintCount(ctx: AppContext, user: SessionUser, input: TComplaintCount): Promise<void> {
  const month = `${input.month}-01`;
  await ctx.db.transaction(async (tx) => {
    if (input.officeId) {
      const office = await queryRows(tx, sql`select 1 from offices where id = ${input.officeId}`);
      if (office.length === 0) throw new ProblemError(400, 'unknown_reference', { field: 'kantoor' });
    }
    const officeKey = input.officeId ?? '';
    const [before] = await queryRows<{ id: string; count: number }>(
      tx,
      sql`select id, count from complaint_counts
          where month = ${month}::date and coalesce(office_id::text, '') = ${officeKey} for update`,
    );
    const [saved] = before
      ? await queryRows<{ id: string }>(
          tx,
          sql`update complaint_counts set count = ${input.count}, entered_by = ${user.id}, updated_at = now()
              where id = ${before.id} returning id`,
        )
      : await queryRows<{ id: string }>(
          tx,
          sql`insert into complaint_counts (month, office_id, count, entered_by)
              values (${month}::date, ${input.officeId}, ${input.count}, ${user.id}) returning id`,
        );
    await recordAudit(tx, actorOf(user), {
      action: before ? 'complaints.corrected' : 'complaints.entered',
      entityType: 'complaint_count',
      entityId: saved?.id ?? null,
      before: before ? { count: before.count } : null,
      after: { month: input.month, officeId: input.officeId, count: input.count },
    });
  });
}
