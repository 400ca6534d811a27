import { z } from 'zod';
import { CHANNELS, ZProtocolContent, ZText } from '../protocols/content.js';
import { ZSignalCardContent } from './content.js';

export const ZSaveSignalCardRequest = z.strictObject({ content: ZSignalCardContent });

/** The card as shown and printed: its own part plus what it reads from the current protocol. */
export const ZSignalCard = z.object({
  content: ZSignalCardContent,
  updatedAt: z.string().nullable(),
  protocolVersion: z.number(),
  alarmNumber: z.string(),
  emergencyNumber: z.string(),
  phases: z.array(
    z.object({ phase: z.number(), name: ZText, signals: ZText, sentences: z.array(ZText), action: ZText }),
  ),
  boundarySentences: z.array(z.object({ situation: ZText, sentence: ZText, channels: z.array(z.enum(CHANNELS)) })),
  script: ZProtocolContent.shape.script,
  route: ZProtocolContent.shape.route,
});
export type TSignalCard = z.infer<typeof ZSignalCard>;

export const ZPdfQuery = z.strictObject({
  size: z.enum(['a4', 'pocket']).default('a4'),
  lang: z.enum(['nl', 'en']).optional(),
});
