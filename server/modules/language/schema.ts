import { z } from 'zod';
import { ADVICE_RULES, CUE_CODES, KINDS } from './types.js';

/** Request and response schemas of the language assistant; shared by the API, the CLI and the web client. */

/** Per item: long enough for a full incident report, short enough that 1,000 items stay a sane request. */
export const MAX_TEXT_LENGTH = 5_000;
export const MAX_ITEMS = 1_000;
export const MAX_ID_LENGTH = 200;

export const ZAnalysisItem = z.strictObject({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  kind: z.enum(KINDS),
  text: z.string().max(MAX_TEXT_LENGTH),
});

export const ZAnalyseRequest = z.strictObject({
  items: z.array(ZAnalysisItem).min(1).max(MAX_ITEMS),
});

const ZSpan = { start: z.number().int(), end: z.number().int(), text: z.string() };

export const ZAnalysisResult = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  phase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  threat: z.boolean(),
  insult: z.boolean(),
  shouting: z.boolean(),
  judgements: z.array(z.object({ ...ZSpan, reason: z.string(), suggestion: z.string() })),
  advice: z.array(z.object({ ...ZSpan, rule: z.enum(ADVICE_RULES), suggestion: z.string() })),
  cues: z.array(z.object({ ...ZSpan, code: z.enum(CUE_CODES) })),
});

export const ZAnalyseResponse = z.object({ results: z.array(ZAnalysisResult) });

export type AnalyseRequest = z.infer<typeof ZAnalyseRequest>;
export type AnalyseResponse = z.infer<typeof ZAnalyseResponse>;
