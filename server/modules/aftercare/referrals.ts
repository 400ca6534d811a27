import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { recordRead } from '../audit/record-read.js';
import { actorOf } from '../auth/service.js';
import { namesOf } from '../handlings/repository.js';
import { departments } from '../org/tables.js';
import { HR_REFERRALS, type Referral } from './schedule.js';
import type { TReferral } from './schema.js';
import { aftercareCheckins } from './tables.js';

/** Whether an answer asked HR for something: a referral to the company doctor, HR itself or victim support. */
function asksHr(referrals: string[]): boolean {
  return referrals.some((referral) => (HR_REFERRALS as readonly string[]).includes(referral));
}

/**
 * The referrals employees asked HR for, and only those: who, which referral, and what they said they need — not how
 * they feel, not the manager's notes, not the report. The confidential counsellor is never routed through HR.
 * Every answer shown is a logged read.
 */
export async function hrReferrals(ctx: AppContext, user: SessionUser): Promise<TReferral[]> {
  const rows = await ctx.db
    .select({
      id: aftercareCheckins.id,
      incidentId: aftercareCheckins.incidentId,
      personId: aftercareCheckins.personId,
      departmentName: departments.name,
      referrals: aftercareCheckins.referrals,
      needs: aftercareCheckins.needs,
      answeredAt: aftercareCheckins.answeredAt,
      handledAt: aftercareCheckins.referralHandledAt,
    })
    .from(aftercareCheckins)
    .leftJoin(departments, eq(departments.id, aftercareCheckins.departmentId))
    .where(and(isNotNull(aftercareCheckins.answeredAt), sql`jsonb_array_length(${aftercareCheckins.referrals}) > 0`))
    .orderBy(desc(aftercareCheckins.answeredAt))
    .limit(500);
  const wanted = rows.filter((row) => asksHr(row.referrals) && row.personId !== user.id);
  const names = await namesOf(ctx.db, [...new Set(wanted.map((row) => row.personId))]);
  for (const row of wanted)
    await recordRead(ctx, user, {
      entityType: 'aftercare_referral',
      entityId: row.id,
      details: { incidentId: row.incidentId },
    });
  return wanted.map((row) => ({
    checkinId: row.id,
    incidentId: row.incidentId,
    person: { id: row.personId, name: names.get(row.personId) ?? '' },
    departmentName: row.departmentName,
    referrals: row.referrals.filter((referral) => (HR_REFERRALS as readonly string[]).includes(referral)) as Referral[],
    needs: row.needs,
    askedAt: (row.answeredAt as Date).toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
  }));
}

/** HR marks a referral as arranged, so the list shows what still needs doing. */
export async function markReferralHandled(ctx: AppContext, user: SessionUser, checkinId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(aftercareCheckins)
      .where(inArray(aftercareCheckins.id, [checkinId]))
      .for('update');
    if (!row?.answeredAt || !asksHr(row.referrals) || row.personId === user.id)
      throw new ProblemError(404, 'not_found');
    if (row.referralHandledAt) throw new ProblemError(409, 'referral_already_handled');
    await tx
      .update(aftercareCheckins)
      .set({ referralHandledAt: new Date() })
      .where(eq(aftercareCheckins.id, checkinId));
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.referral_handled',
      entityType: 'aftercare_checkin',
      entityId: checkinId,
      details: { incidentId: row.incidentId },
    });
  });
}
