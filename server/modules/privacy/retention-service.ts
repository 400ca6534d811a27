import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { findRun, type RetentionRunRow, readRetentionSettings, recentRuns, runRetentionNow } from './retention.js';
import type { ZRetentionRun } from './schema.js';
import { retentionSettings } from './tables.js';

export function presentRun(row: RetentionRunRow): z.infer<typeof ZRetentionRun> {
  return {
    id: row.id,
    trigger: row.trigger === 'manual' ? 'manual' : 'schedule',
    actor: row.actorLabel,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    incidentCutoff: row.incidentCutoff.toISOString(),
    measureCutoff: row.measureCutoff,
    incidentIds: row.incidentIds,
    clientIds: row.clientIds,
    outcome: row.outcome,
  };
}

export async function retentionOverview(ctx: AppContext) {
  const [settings, runs] = await Promise.all([readRetentionSettings(ctx.db), recentRuns(ctx.db)]);
  return { settings, runs: runs.map(presentRun) };
}

export async function updateRetentionSettings(
  ctx: AppContext,
  user: SessionUser,
  input: { incidentYears: number; measureGraceMonths: number },
) {
  await ctx.db.transaction(async (tx) => {
    const before = await readRetentionSettings(tx);
    await tx
      .insert(retentionSettings)
      .values({ id: 1, ...input, updatedAt: new Date() })
      .onConflictDoUpdate({ target: retentionSettings.id, set: { ...input, updatedAt: new Date() } });
    await recordAudit(tx, actorOf(user), {
      action: 'retention.settings_updated',
      entityType: 'organisation',
      entityId: '1',
      before,
      after: input,
    });
  });
  return readRetentionSettings(ctx.db);
}

export async function startRun(ctx: AppContext, user: SessionUser) {
  return presentRun(await runRetentionNow(ctx.db, actorOf(user)));
}

export async function retentionRun(ctx: AppContext, id: string) {
  const run = await findRun(ctx.db, id);
  if (!run) throw new ProblemError(404, 'not_found');
  return presentRun(run);
}
