import { and, eq, lt, lte } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { startLoop } from '../../jobs/loop.js';
import { dutchDate } from '../../time/dutch-time.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record.js';
import { closeCampaignInTx, openCampaignInTx } from './lifecycle.js';
import { surveyCampaigns } from './tables.js';

/**
 * The survey job: opens scheduled re-measurements on their day and closes campaigns after their last day. Every
 * process may run it; each campaign is claimed with FOR UPDATE SKIP LOCKED inside the transaction that changes
 * it, so it is opened or closed exactly once. Returns how many campaigns changed.
 */
export async function runSurveyJobs(db: Db, config: Pick<Config, 'publicUrl'>, now = new Date()): Promise<number> {
  const today = dutchDate(now);
  let changed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [due] = await tx
        .select()
        .from(surveyCampaigns)
        .where(and(eq(surveyCampaigns.status, 'scheduled'), lte(surveyCampaigns.opensOn, today)))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return false;
      try {
        await openCampaignInTx(tx, SYSTEM_ACTOR, due, config);
      } catch {
        // Nobody to invite (teams emptied) or its closing day passed: leave it as a draft for the safety officer.
        await tx.update(surveyCampaigns).set({ status: 'draft' }).where(eq(surveyCampaigns.id, due.id));
        await recordAudit(tx, SYSTEM_ACTOR, {
          action: 'survey.not_opened',
          entityType: 'survey_campaign',
          entityId: due.id,
          before: { status: 'scheduled' },
          after: { status: 'draft' },
        });
      }
      return true;
    });
    if (!done) break;
    changed++;
  }
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [due] = await tx
        .select()
        .from(surveyCampaigns)
        .where(and(eq(surveyCampaigns.status, 'open'), lt(surveyCampaigns.closesOn, today)))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return false;
      await closeCampaignInTx(tx, SYSTEM_ACTOR, due);
      return true;
    });
    if (!done) break;
    changed++;
  }
  return changed;
}

/** The background loop (every minute); stops cleanly on shutdown. */
export function startSurveyJobs(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  onError: (error: unknown) => void,
  intervalMs = 60_000,
): () => Promise<void> {
  return startLoop(() => runSurveyJobs(db, config), onError, intervalMs);
}
