import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { CONFIDENTIAL_CATEGORIES, CONFIDENTIAL_STATUSES, CONFIDENTIAL_WISHES } from './vocabulary.js';

export const ZCreateConfidentialReportRequest = z
  .strictObject({
    category: z.enum(CONFIDENTIAL_CATEGORIES),
    anonymous: z.boolean(),
    occurredOn: z.iso.date().nullable().default(null),
    description: text({ min: 10, max: 10_000 }),
    involved: text({ max: 1000 }).default(''),
    wish: z.enum(CONFIDENTIAL_WISHES).default('unsure'),
    /** How a named reporter likes to be reached; must stay empty when anonymous. */
    contact: text({ max: 300 }).default(''),
  })
  // Contact details would undo the anonymity the reporter chose: refused rather than silently dropped.
  .refine((input) => !input.anonymous || input.contact === '', {
    path: ['contact'],
    message: 'Een anonieme melding heeft geen contactgegevens / An anonymous report has no contact details',
  });
export type TCreateConfidentialReportRequest = z.infer<typeof ZCreateConfidentialReportRequest>;

/** The code is shown once: the reporter writes it down to follow the report and talk with the counsellor. */
export const ZConfidentialReceipt = z.object({ reference: z.string(), code: z.string() });

export const ZFollowRequest = z.strictObject({ code: text({ min: 8, max: 40 }) });
export const ZFollowMessageRequest = z.strictObject({
  code: text({ min: 8, max: 40 }),
  body: text({ min: 1, max: 5000 }),
});

export const ZConfidentialMessage = z.object({
  id: z.string(),
  author: z.enum(['reporter', 'confidant']),
  /** The counsellor's name; the reporter's messages carry no name. */
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

/** What the reporter sees with their code: their own report, its status and the conversation. */
export const ZConfidentialFollowView = z.object({
  reference: z.string(),
  category: z.enum(CONFIDENTIAL_CATEGORIES),
  anonymous: z.boolean(),
  status: z.enum(CONFIDENTIAL_STATUSES),
  occurredOn: z.string().nullable(),
  description: z.string(),
  createdAt: z.string(),
  messages: z.array(ZConfidentialMessage),
});
export type TConfidentialFollowView = z.infer<typeof ZConfidentialFollowView>;

export const ZConfidentialListItem = z.object({
  id: z.string(),
  reference: z.string(),
  category: z.enum(CONFIDENTIAL_CATEGORIES),
  anonymous: z.boolean(),
  status: z.enum(CONFIDENTIAL_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  messageCount: z.number(),
  /** The reporter wrote last: the counsellor owes an answer. */
  awaitingReply: z.boolean(),
});
export type TConfidentialListItem = z.infer<typeof ZConfidentialListItem>;

export const ZConfidentialReport = ZConfidentialListItem.extend({
  occurredOn: z.string().nullable(),
  description: z.string(),
  involved: z.string(),
  wish: z.enum(CONFIDENTIAL_WISHES),
  /** Null when anonymous. */
  reporter: z.object({ name: z.string(), email: z.string(), contact: z.string() }).nullable(),
  messages: z.array(ZConfidentialMessage),
  notes: z.array(z.object({ id: z.string(), author: z.string(), body: z.string(), createdAt: z.string() })),
});
export type TConfidentialReport = z.infer<typeof ZConfidentialReport>;

export const ZConfidentialStatusRequest = z.strictObject({ status: z.enum(CONFIDENTIAL_STATUSES) });
export const ZConfidentialTextRequest = z.strictObject({ body: text({ min: 1, max: 5000 }) });
