import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { DEFAULT_SCHEDULE } from './schedule.js';
import type { TAftercareSettings, TUpdateSettingsRequest } from './schema.js';
import { aftercareSettings } from './tables.js';

/** The organisation's schedule, or the default while nobody changed it. */
export async function aftercareSchedule(db: Executor): Promise<TAftercareSettings> {
  const [row] = await db.select().from(aftercareSettings).where(eq(aftercareSettings.id, 1));
  return row ? { schedule: row.schedule, isDefault: false } : { schedule: DEFAULT_SCHEDULE, isDefault: true };
}

/** A new schedule applies to reports sent from now on; check-ins already planned keep their dates. */
export async function updateAftercareSchedule(
  ctx: AppContext,
  user: SessionUser,
  input: TUpdateSettingsRequest,
): Promise<TAftercareSettings> {
  await ctx.db.transaction(async (tx) => {
    const before = await aftercareSchedule(tx);
    await tx
      .insert(aftercareSettings)
      .values({ id: 1, schedule: input.schedule, updatedBy: user.id })
      .onConflictDoUpdate({
        target: aftercareSettings.id,
        set: { schedule: input.schedule, updatedBy: user.id, updatedAt: new Date() },
      });
    await recordAudit(tx, actorOf(user), {
      action: 'aftercare.schedule_changed',
      entityType: 'aftercare_settings',
      entityId: '1',
      before: { schedule: before.schedule },
      after: { schedule: input.schedule },
    });
  });
  return aftercareSchedule(ctx.db);
}
