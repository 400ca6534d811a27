import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { actorOf } from '../auth/service.js';
import { recordAudit } from './record.js';

/** Audit actions of reads start with this, so the admin can review who looked at what. */
export const READ_ACTION_PREFIX = 'read.';

/**
 * Sensitive records (an incident report seen by someone other than its writer, a client's measures, an attachment)
 * leave an audit row when they are read: who viewed what, when. Called after the access check passed.
 */
export async function recordRead(
  ctx: AppContext,
  user: SessionUser,
  entry: { entityType: string; entityId: string; details?: Record<string, unknown> },
): Promise<void> {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, actorOf(user), { action: `${READ_ACTION_PREFIX}${entry.entityType}`, ...entry }),
  );
}
