import { and, desc, like, lt, not } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext, ZodApp } from '../../app-context.js';
import { hasAnyRole } from '../../http/policy.js';
import { READ_ACTION_PREFIX } from './record-read.js';
import { auditLog } from './tables.js';
import { verifyAuditChain } from './verify.js';

export const auditPolicy = {
  /** The audit log shows who changed what about people: for the admin only. */
  review: hasAnyRole('admin'),
};

const ZAuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
});

export function auditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['audit'];
  const config = { policy: auditPolicy.review };

  app.get(
    '/api/v1/audit',
    {
      config,
      schema: {
        tags,
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.coerce.number().int().min(1).optional(),
          /** reads: only who viewed sensitive records; changes: everything else. */
          kind: z.enum(['all', 'reads', 'changes']).default('all'),
        }),
        response: { 200: z.object({ entries: z.array(ZAuditEntry), nextBefore: z.number().nullable() }) },
      },
    },
    async (request) => {
      const { limit, before, kind } = request.query;
      const reads = like(auditLog.action, `${READ_ACTION_PREFIX}%`);
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(
          and(
            before ? lt(auditLog.seq, before) : undefined,
            kind === 'reads' ? reads : kind === 'changes' ? not(reads) : undefined,
          ),
        )
        .orderBy(desc(auditLog.seq))
        .limit(limit);
      const entries = rows.map((row) => ({
        seq: row.seq,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        changes: row.changes as Record<string, unknown>,
      }));
      const last = rows.at(-1);
      return { entries, nextBefore: rows.length === limit && last ? last.seq : null };
    },
  );

  app.get(
    '/api/v1/audit/verification',
    {
      config,
      schema: {
        tags,
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            brokenAt: z.number().nullable(),
            reason: z.enum(['changed', 'missing', 'head_mismatch']).nullable(),
          }),
        },
      },
    },
    () => verifyAuditChain(ctx.db),
  );
}
