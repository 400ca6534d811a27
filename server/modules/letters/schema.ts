import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { LETTER_KINDS } from './content.js';

export const ZLetterKindParam = z.strictObject({ kind: z.enum(LETTER_KINDS) });

export const ZLetterTemplate = z.object({
  kind: z.enum(LETTER_KINDS),
  /** 0: the built-in text, not yet changed by the organisation. */
  version: z.number(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type TLetterTemplate = z.infer<typeof ZLetterTemplate>;

export const ZLetterTemplates = z.object({
  templates: z.array(ZLetterTemplate),
  placeholders: z.array(z.string()),
});
export const ZLetterTemplateVersions = z.object({ versions: z.array(ZLetterTemplate) });

export const ZSaveLetterTemplateRequest = z.strictObject({
  subject: text({ min: 1, max: 200 }),
  body: text({ min: 20, max: 20_000 }),
});
export type TSaveLetterTemplateRequest = z.infer<typeof ZSaveLetterTemplateRequest>;

export const ZLetterSummary = z.object({
  id: z.string(),
  kind: z.string(),
  templateVersion: z.number(),
  subject: z.string(),
  fileName: z.string(),
  size: z.number(),
  sha256: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
});
export type TLetterSummary = z.infer<typeof ZLetterSummary>;

/** The letter of one measure as the manager starts from: the current template, filled in. */
export const ZLetterDraft = z.object({
  measureId: z.string(),
  incidentId: z.string(),
  kind: z.enum(LETTER_KINDS),
  clientName: z.string(),
  templateVersion: z.number(),
  subject: z.string(),
  body: z.string(),
  letters: z.array(ZLetterSummary),
});
export type TLetterDraft = z.infer<typeof ZLetterDraft>;

/** The manager's text for this case; placeholders still in it are filled in once more. */
export const ZGenerateLetterRequest = z.strictObject({
  templateVersion: z.number().int().min(0).max(1_000_000),
  subject: text({ min: 1, max: 200 }),
  body: text({ min: 20, max: 20_000 }),
});
export type TGenerateLetterRequest = z.infer<typeof ZGenerateLetterRequest>;
