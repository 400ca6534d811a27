import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { dutchDate } from '../../time/dutch-time.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { teams } from '../org/tables.js';
import { trainingSessionInvitees, trainingSessions } from '../training/tables.js';
import { users } from '../users/tables.js';
import { addCalendarDays, addCalendarMonths, DEFAULT_OPEN_DAYS, daysBetween, REMEASUREMENT_MONTHS } from './dates.js';
import { type CampaignRow, planRemeasurementInTx } from './lifecycle.js';
import { surveyCampaigns } from './tables.js';

/**
 * "The re-measurement is scheduled automatically three months after the baseline (or after a training)" (issue 8).
 * Closing a baseline plans it three months on (lifecycle.ts); this is the training half. The training module calls
 * it inside the transaction that records a classroom session's attendance, which is when Regie learns the session
 * was held.
 *
 * The rule: every baseline that measured a team with someone present at the session, and whose re-measurement has
 * not opened yet, gets its re-measurement three months after the session day:
 * - no re-measurement yet (the baseline is still open): one is planned now, linked to the session;
 * - a scheduled one opening earlier (the automatic date after the baseline, or an earlier session): it moves to
 *   the new day, keeping its number of open days, and is linked to the session;
 * - a scheduled one opening on that day or later (set by hand, or after a later session): it stays as it is;
 * - a draft re-measurement (the safety officer is composing one) or one already open or closed: left alone.
 * A session before the baseline started is not "after" it and changes nothing. Doing it twice changes nothing.
 * Every change is audited with the session it came from.
 */
export async function remeasureAfterTraining(tx: Tx, actor: Actor, sessionId: string): Promise<number> {
  const [session] = await tx
    .select({ id: trainingSessions.id, startsAt: trainingSessions.startsAt })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, sessionId));
  if (!session) return 0;
  const present = await tx
    .selectDistinct({ teamId: users.teamId, officeId: teams.officeId })
    .from(trainingSessionInvitees)
    .innerJoin(users, eq(users.id, trainingSessionInvitees.userId))
    .innerJoin(teams, eq(teams.id, users.teamId))
    .where(and(eq(trainingSessionInvitees.sessionId, sessionId), eq(trainingSessionInvitees.attendance, 'attended')));
  if (present.length === 0) return 0;
  const teamIds = new Set(present.map((row) => row.teamId).filter((id): id is string => id !== null));
  const officeIds = new Set(present.map((row) => row.officeId).filter((id): id is string => id !== null));
  const sessionDay = dutchDate(session.startsAt);
  const today = dutchDate();
  const wanted = addCalendarMonths(sessionDay, REMEASUREMENT_MONTHS);
  // A session recorded more than three months late: the job opens it at its next look.
  const opensOn = wanted < today ? today : wanted;

  const baselines = await tx
    .select()
    .from(surveyCampaigns)
    .where(
      and(
        eq(surveyCampaigns.kind, 'baseline'),
        inArray(surveyCampaigns.status, ['open', 'closed']),
        isNotNull(surveyCampaigns.openedAt),
      ),
    )
    .for('update');
  const measured = (baseline: CampaignRow) =>
    (baseline.targetTeamIds.length === 0 && baseline.targetOfficeIds.length === 0) ||
    baseline.targetTeamIds.some((id) => teamIds.has(id)) ||
    baseline.targetOfficeIds.some((id) => officeIds.has(id));
  let changed = 0;
  for (const baseline of baselines) {
    if (!measured(baseline) || !baseline.openedAt || dutchDate(baseline.openedAt) > sessionDay) continue;
    const remeasurements = await tx
      .select()
      .from(surveyCampaigns)
      .where(eq(surveyCampaigns.baselineId, baseline.id))
      .for('update');
    if (remeasurements.length === 0) {
      await planRemeasurementInTx(tx, actor, baseline, opensOn, session.id);
      changed++;
      continue;
    }
    if (remeasurements.some((row) => row.status !== 'scheduled')) continue;
    for (const planned of remeasurements) {
      if (planned.opensOn && planned.opensOn >= opensOn) continue;
      const openDays = planned.opensOn ? daysBetween(planned.opensOn, planned.closesOn) : DEFAULT_OPEN_DAYS;
      const closesOn = addCalendarDays(opensOn, Math.max(openDays, 1));
      await tx
        .update(surveyCampaigns)
        .set({ opensOn, closesOn, afterTrainingSessionId: session.id, updatedAt: new Date() })
        .where(eq(surveyCampaigns.id, planned.id));
      await recordAudit(tx, actor, {
        action: 'survey.updated',
        entityType: 'survey_campaign',
        entityId: planned.id,
        before: {
          opensOn: planned.opensOn,
          closesOn: planned.closesOn,
          afterTrainingSessionId: planned.afterTrainingSessionId,
        },
        after: { opensOn, closesOn, afterTrainingSessionId: session.id },
        details: { reason: 'training_held', trainingSessionId: session.id, baselineId: baseline.id },
      });
      changed++;
    }
  }
  return changed;
}
