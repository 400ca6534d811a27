import { z } from 'zod';
import { ZProtocolContent } from './content.js';

export const ZProtocolVersion = z.object({
  version: z.number(),
  publishedAt: z.string(),
  publishedByName: z.string().nullable(),
  content: ZProtocolContent,
});
export type TProtocolVersion = z.infer<typeof ZProtocolVersion>;

export const ZVersionList = z.object({
  versions: z.array(z.object({ version: z.number(), publishedAt: z.string(), publishedByName: z.string().nullable() })),
  draft: z.object({ basedOnVersion: z.number().nullable(), updatedAt: z.string() }).nullable(),
});
export type TVersionList = z.infer<typeof ZVersionList>;

export const ZIssue = z.object({
  code: z.string(),
  procedure: z.string(),
  stepId: z.string().optional(),
  value: z.string().optional(),
  path: z.string(),
  message: z.string(),
});
export type TIssue = z.infer<typeof ZIssue>;

export const ZChange = z.object({
  area: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'moved']),
  procedure: z.string().optional(),
  stepId: z.string().optional(),
  fields: z.array(z.string()).optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type TChange = z.infer<typeof ZChange>;

export const ZDraft = z.object({
  basedOnVersion: z.number().nullable(),
  updatedAt: z.string(),
  content: ZProtocolContent,
  /** What keeps it from being published (empty: it can be published). */
  issues: z.array(ZIssue),
  /** What it changes compared with the published version. */
  changes: z.array(ZChange),
});
export type TDraft = z.infer<typeof ZDraft>;

export const ZSaveDraftRequest = z.strictObject({ content: ZProtocolContent });
export const ZVersionParam = z.strictObject({ version: z.coerce.number().int().min(1).max(1_000_000) });
