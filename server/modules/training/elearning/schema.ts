import { z } from 'zod';
import { ZText } from '../../protocols/content.js';

export const ZModuleSummary = z.object({
  id: z.string(),
  title: ZText,
  minutes: z.number(),
  questions: z.number(),
  passed: z.boolean(),
  lastPassedAt: z.string().nullable(),
});

export const ZModule = z.object({
  id: z.string(),
  title: ZText,
  minutes: z.number(),
  content: z.array(ZText),
  /** The quiz without its answers. */
  questions: z.array(z.object({ id: z.string(), text: ZText, options: z.array(ZText) })),
});

export const ZSubmitQuizRequest = z.strictObject({
  /** The chosen option per question, in the order of the questions. */
  answers: z.array(z.number().int().min(0).max(10)).min(1).max(20),
});

export const ZQuizResult = z.object({
  correct: z.number(),
  total: z.number(),
  passed: z.boolean(),
  questions: z.array(
    z.object({ id: z.string(), chosen: z.number(), correct: z.number(), right: z.boolean(), explanation: ZText }),
  ),
});
export type TQuizResult = z.infer<typeof ZQuizResult>;
