import { z } from 'zod';
import { text } from '../../http/schemas.js';

const phone = text({ max: 40 }).refine((value) => /^[0-9+()\-\s.]*$/.test(value), {
  message: 'Alleen cijfers, spaties en + - ( ) . / Only digits, spaces and + - ( ) .',
});

export const ZCreateClientRequest = z.strictObject({
  name: text({ min: 1, max: 200 }),
  clientNumber: text({ max: 40 }).optional(),
  phone: phone.optional(),
  address: text({ max: 300 }).optional(),
  notes: text({ max: 2000 }).optional(),
});
export type TCreateClientRequest = z.infer<typeof ZCreateClientRequest>;

export const ZUpdateClientRequest = ZCreateClientRequest.partial();
export type TUpdateClientRequest = z.infer<typeof ZUpdateClientRequest>;

export const ZClientSearchQuery = z.strictObject({ q: text({ max: 100 }).default('') });

export const ZLinkClientRequest = z.strictObject({ clientId: z.uuid().nullable() });

/** A measure as shown wherever a client is looked up; the reason only to those who decide measures. */
export const ZMeasureSummary = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['pending_approval', 'decided', 'rejected']),
  active: z.boolean(),
  restriction: z.string().nullable(),
  contactName: z.string().nullable(),
  offices: z.array(z.string()),
  amount: z.string().nullable(),
  onBehalfOfEmployer: z.boolean(),
  /** ELA/VPT details of a police report: only for those who decide measures. */
  police: z
    .object({
      byEmployee: z.boolean(),
      vpt: z.boolean(),
      employerAddress: z.boolean(),
      policeReference: z.string().nullable(),
      reportedOn: z.string().nullable(),
      joinCriminalCase: z.boolean(),
    })
    .nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  ended: z.boolean(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  incidentId: z.string().nullable(),
});
export type TMeasureSummary = z.infer<typeof ZMeasureSummary>;

export const ZClientSummary = z.object({
  id: z.string(),
  name: z.string(),
  clientNumber: z.string().nullable(),
  phone: z.string(),
  activeMeasures: z.array(ZMeasureSummary),
});
export type TClientSummary = z.infer<typeof ZClientSummary>;

/** The client of a live handling, with the contacts of the last weeks: "the client calls again" is recognised. */
export const ZHandlingClient = ZClientSummary.extend({
  recent: z.object({
    days: z.number().int(),
    handlings: z.number().int(),
    incidents: z.number().int(),
    lastContactAt: z.string().nullable(),
  }),
});
export type THandlingClient = z.infer<typeof ZHandlingClient>;

export const ZClient = z.object({
  id: z.string(),
  name: z.string(),
  clientNumber: z.string().nullable(),
  phone: z.string(),
  address: z.string(),
  notes: z.string(),
  activeMeasures: z.array(ZMeasureSummary),
  /** Every measure, also ended and pending ones: only for those who decide measures, else empty. */
  measures: z.array(ZMeasureSummary),
  handlings: z.array(
    z.object({
      id: z.string(),
      startedAt: z.string(),
      procedureKey: z.string(),
      channel: z.string(),
      phase: z.number().nullable(),
    }),
  ),
  incidents: z.array(
    z.object({
      id: z.string(),
      occurredAt: z.string().nullable(),
      channel: z.string().nullable(),
      forms: z.array(z.string()),
      phase: z.number().nullable(),
      caseStatus: z.string().nullable(),
    }),
  ),
  /** Whether the viewer may open the incidents listed (their case). */
  canOpenIncidents: z.boolean(),
});
export type TClient = z.infer<typeof ZClient>;
