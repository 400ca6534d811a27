import { z } from 'zod';

export const MAIL_STATUSES = ['pending', 'failed', 'sent', 'dead'] as const;

/** What the admin sees of outgoing mail: whether a server is set up, and what waits or failed (no recipients). */
export const ZMailStatus = z.object({
  configured: z.boolean(),
  from: z.string(),
  counts: z.object({ pending: z.number(), failed: z.number(), sent: z.number(), dead: z.number() }),
  recent: z.array(
    z.object({
      id: z.number(),
      kind: z.string(),
      status: z.enum(MAIL_STATUSES),
      attempts: z.number(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
      lastError: z.string().nullable(),
    }),
  ),
});
export type TMailStatus = z.infer<typeof ZMailStatus>;
