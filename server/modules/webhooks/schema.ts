import { z } from 'zod';
import { requiredName } from '../../http/schemas.js';
import { WEBHOOK_EVENTS, WEBHOOK_SCOPES } from './events.js';

const url = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/ }));

export const ZCreateWebhookRequest = z.strictObject({
  name: requiredName,
  url,
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  scope: z.enum(WEBHOOK_SCOPES).default('minimal'),
});

export const ZUpdateWebhookRequest = z
  .strictObject({
    name: requiredName.optional(),
    url: url.optional(),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).optional(),
    scope: z.enum(WEBHOOK_SCOPES).optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });

export const ZWebhook = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  scope: z.enum(WEBHOOK_SCOPES),
  active: z.boolean(),
  createdAt: z.string(),
  delivered: z.number().int(),
  failing: z.number().int(),
  dead: z.number().int(),
  lastDeliveryAt: z.string().nullable(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZWebhookWithSecret = ZWebhook.extend({ secret: z.string() });

export const ZDelivery = z.object({
  id: z.number().int(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type TDelivery = z.infer<typeof ZDelivery>;
