import { z } from 'zod';
import { requiredName, text } from '../../http/schemas.js';

export const RESPONSE_TEAM_KINDS = ['intervention', 'bhv', 'security'] as const;

/**
 * What the presser notices of their own alarm. Discreet by default: no sound, no vibration, no alarm screen, only a
 * plain line of text, so the person they are facing does not see or hear that help was called.
 */
export const PRESS_FEEDBACK = ['discreet', 'vibrate', 'visible', 'sound'] as const;
export type TPressFeedback = (typeof PRESS_FEEDBACK)[number];
export type ResponseTeamKind = (typeof RESPONSE_TEAM_KINDS)[number];

export const ZShift = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  startMinute: z.number().int().min(0).max(1439),
  endMinute: z.number().int().min(1).max(1440),
});

/**
 * One level of an office's escalation chain, after its own responders: a specific team (second team, security,
 * a team of another office), all responders of another office, or the managers.
 */
export const ZEscalationLevel = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('team'), teamId: z.uuid(), timeoutSeconds: z.number().int().min(1).max(600) }),
  z.strictObject({
    target: z.literal('office'),
    officeId: z.uuid(),
    timeoutSeconds: z.number().int().min(1).max(600),
  }),
  z.strictObject({ target: z.literal('managers'), timeoutSeconds: z.number().int().min(1).max(600) }),
]);
export type TEscalationLevel = z.infer<typeof ZEscalationLevel>;

export const ZOfficeSettingsRequest = z.strictObject({
  minReachable: z.number().int().min(0).max(100),
  ackTimeoutSeconds: z.number().int().min(1).max(600),
  escalation: z.array(ZEscalationLevel).max(6),
});

export const ZCreateResponseTeamRequest = z.strictObject({
  officeId: z.uuid(),
  kind: z.enum(RESPONSE_TEAM_KINDS),
  name: requiredName,
});
export const ZUpdateResponseTeamRequest = z.strictObject({
  name: requiredName.optional(),
  active: z.boolean().optional(),
});

export const ZSetMembersRequest = z.strictObject({
  members: z
    .array(
      z.strictObject({
        userId: z.uuid(),
        shifts: z
          .array(ZShift)
          .max(21)
          .refine((shifts) => shifts.every((shift) => shift.startMinute < shift.endMinute), {
            message: 'A shift must end after it starts',
          }),
      }),
    )
    .max(200),
});

export const ZCreateExceptionRequest = z
  .strictObject({
    userId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    onDuty: z.boolean(),
    note: text({ max: 500 }).default(''),
  })
  .refine((value) => new Date(value.startsAt) < new Date(value.endsAt), {
    message: 'The end must be after the start',
    path: ['endsAt'],
  });

export const ZUpdateMyDutyRequest = z.strictObject({
  available: z.boolean().optional(),
  room: text({ max: 120 }).optional(),
  pressFeedback: z.enum(PRESS_FEEDBACK).optional(),
});

export const ZResponderStatus = z.object({
  userId: z.string(),
  name: z.string(),
  onDuty: z.boolean(),
  available: z.boolean(),
  reachable: z.boolean(),
  lastHeartbeatAt: z.string().nullable(),
  shifts: z.array(ZShift),
});

export const ZResponseTeam = z.object({
  id: z.string(),
  officeId: z.string(),
  kind: z.enum(RESPONSE_TEAM_KINDS),
  name: z.string(),
  active: z.boolean(),
  members: z.array(ZResponderStatus),
  exceptions: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      name: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      onDuty: z.boolean(),
      note: z.string(),
    }),
  ),
});

export const ZOfficeSettings = z.object({
  minReachable: z.number(),
  ackTimeoutSeconds: z.number(),
  escalation: z.array(ZEscalationLevel),
});

export const ZOfficeDuty = z.object({
  office: z.object({ id: z.string(), name: z.string() }),
  settings: ZOfficeSettings,
  /** Distinct people on duty, available and with a heartbeat in the last 45 seconds. */
  reachableOnDuty: z.number(),
  understaffed: z.boolean(),
  teams: z.array(ZResponseTeam),
  candidates: z.array(z.object({ id: z.string(), name: z.string(), officeId: z.string().nullable() })),
});
export type TOfficeDuty = z.infer<typeof ZOfficeDuty>;

export const ZStaffingWarning = z.object({
  officeId: z.string(),
  officeName: z.string(),
  reachableOnDuty: z.number(),
  minReachable: z.number(),
});
export type TStaffingWarning = z.infer<typeof ZStaffingWarning>;

export const ZDutyOverview = z.object({
  offices: z.array(
    z.object({ id: z.string(), name: z.string(), reachableOnDuty: z.number(), minReachable: z.number() }),
  ),
  warnings: z.array(ZStaffingWarning),
});

export const ZMyDuty = z.object({
  available: z.boolean(),
  room: z.string(),
  pressFeedback: z.enum(PRESS_FEEDBACK),
  officeName: z.string().nullable(),
  onDutyNow: z.boolean(),
  reachable: z.boolean(),
  teams: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.enum(RESPONSE_TEAM_KINDS), onDuty: z.boolean() }),
  ),
});
export type TMyDuty = z.infer<typeof ZMyDuty>;
