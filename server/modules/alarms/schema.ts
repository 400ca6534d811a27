import { z } from 'zod';
import { text } from '../../http/schemas.js';

/** What kind of aggression the alarm is about (DOMAIN.md forms of aggression); optional, the press comes first. */
export const ALARM_TYPES = ['verbal', 'physical', 'threat', 'intimidation', 'weapon', 'damage', 'other'] as const;
export const ALARM_STATES = ['raised', 'acknowledged', 'on_site', 'resolved', 'cancelled', 'false_alarm'] as const;
export type TAlarmState = (typeof ALARM_STATES)[number];
export const OPEN_ALARM_STATES: readonly TAlarmState[] = ['raised', 'acknowledged', 'on_site'];

const phase = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ZRaiseAlarmRequest = z.strictObject({
  /** Room or desk; when absent the one in the presser's profile. */
  room: text({ max: 120 }).optional(),
  type: z.enum(ALARM_TYPES).optional(),
  phase: phase.optional(),
  handlingId: z.uuid().optional(),
  /** A test alarm: delivered and escalated like a real one, kept out of incident figures. */
  drill: z.boolean().optional(),
});
export type TRaiseAlarmRequest = z.infer<typeof ZRaiseAlarmRequest>;

export const ZRefineAlarmRequest = z.strictObject({
  room: text({ max: 120 }).optional(),
  type: z.enum(ALARM_TYPES).nullable().optional(),
  phase: phase.nullable().optional(),
});

export const ZCancelAlarmRequest = z.strictObject({
  reason: text({ min: 3, max: 500 }),
  /** True: it was a false alarm (pressed by mistake, or not needed); false: cancelled (resolved by the presser). */
  falseAlarm: z.boolean().default(false),
});

export const ZResolveAlarmRequest = z.strictObject({ note: text({ max: 2000 }).default('') });

const ZPerson = z.object({ id: z.string(), name: z.string() });

export const ZAlarm = z.object({
  id: z.string(),
  state: z.enum(ALARM_STATES),
  drill: z.boolean(),
  raisedAt: z.string(),
  raisedBy: ZPerson,
  office: z.object({ id: z.string(), name: z.string(), address: z.string() }).nullable(),
  room: z.string(),
  type: z.enum(ALARM_TYPES).nullable(),
  phase: z.number().nullable(),
  handlingId: z.string().nullable(),
  /** Escalation level reached: 0 = the office's own responders. */
  level: z.number(),
  /** Set when the chain ran out: the presser and the nearest colleagues are told to call 112. */
  call112At: z.string().nullable(),
  reason: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** How many were alerted, and how many devices confirmed receiving it. */
  notified: z.number(),
  reached: z.number(),
  firstAcknowledgedBy: ZPerson.nullable(),
  /** Who is coming and who has arrived, in the order they answered. */
  responders: z.array(ZPerson.extend({ acknowledgedAt: z.string(), arrivedAt: z.string().nullable() })),
  /** The viewer's part in it. */
  you: z.object({
    role: z.enum(['presser', 'recipient', 'observer']),
    acknowledged: z.boolean(),
    arrived: z.boolean(),
  }),
  /** Grows with every event: a client keeps the newest copy when messages arrive twice or out of order. */
  version: z.number(),
});
export type TAlarm = z.infer<typeof ZAlarm>;

export const ZAlarmEvent = z.object({
  id: z.number(),
  /** ISO 8601 with milliseconds. */
  at: z.string(),
  type: z.string(),
  actor: ZPerson.nullable(),
  level: z.number().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TAlarmEvent = z.infer<typeof ZAlarmEvent>;

export const ZAlarmTimeline = z.object({ alarm: ZAlarm, events: z.array(ZAlarmEvent) });

/** An event of one of the user's alarms, as a reconnecting device catches up on it. */
export type TMissedAlarmEvent = TAlarmEvent & { alarmId: string };

/**
 * Messages the server sends over the alarm WebSocket. `latestEventId` is where the device stands: it sends it back
 * as `?since=` when it reconnects, and gets `missed` (before the snapshot) with what happened in between.
 */
export type TAlarmServerMessage =
  | { type: 'snapshot'; alarms: TAlarm[]; at: string; latestEventId: number }
  | {
      type: 'missed';
      since: number;
      /** Every alarm of the user with an event after `since`, open or closed meanwhile, as it stands now. */
      alarms: TAlarm[];
      /** Those events, oldest first (delivery telemetry left out); capped, `more` says when some were left out. */
      events: TMissedAlarmEvent[];
      more: boolean;
    }
  | { type: 'alarm'; alarm: TAlarm }
  | { type: 'heartbeat_ok'; at: string };

/** Messages a client sends over the alarm WebSocket. */
export const ZAlarmClientMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heartbeat') }),
  z.strictObject({ type: z.literal('delivered'), alarmId: z.uuid() }),
  z.strictObject({ type: z.literal('seen'), alarmId: z.uuid() }),
]);
