/** What outside systems can subscribe to. Payloads carry ids and facts, never names or free text about people. */
export const WEBHOOK_EVENTS = [
  'handling.closed',
  'incident.registered',
  'alarm.raised',
  'alarm.resolved',
  'measure.decided',
  'webhook.test',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_SCOPES = ['minimal', 'standard'] as const;
export type WebhookScope = (typeof WEBHOOK_SCOPES)[number];

export interface EventData {
  /** Ids and the moment: sent to every subscriber. */
  ids: Record<string, string | null>;
  /** Non-personal facts (office, channel, forms, phase, status): only for subscribers with the standard scope. */
  details?: Record<string, unknown>;
}

export interface WebhookPayload {
  id: string;
  type: WebhookEvent;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The body for one subscriber: never more than its scope allows. */
export function payloadFor(
  scope: WebhookScope,
  event: { id: string; type: WebhookEvent; occurredAt: string; data: EventData },
): WebhookPayload {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    data: scope === 'standard' ? { ...event.data.ids, ...(event.data.details ?? {}) } : { ...event.data.ids },
  };
}
