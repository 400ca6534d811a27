import { z } from 'zod';
import { text } from '../../http/schemas.js';
import { ZMeasureSummary } from '../clients/schema.js';
import { MEASURE_KINDS, RESTRICTIONS } from './rules.js';

export const ZDecideMeasureRequest = z.strictObject({
  kind: z.enum(MEASURE_KINDS),
  reason: text({ min: 3, max: 2000 }),
  startsOn: z.iso.date().optional(),
  endsOn: z.iso.date().nullable().optional(),
  reviewOn: z.iso.date().nullable().optional(),
  restriction: z.enum(RESTRICTIONS).optional(),
  contactName: text({ max: 200 }).optional(),
  officeIds: z.array(z.uuid()).max(50).optional(),
  /** The damages claimed in a civil-law letter, in euros ("125.50"). */
  amount: z
    .string()
    .regex(/^\d{1,9}([.,]\d{1,2})?$/)
    .optional(),
  onBehalfOfEmployer: z.boolean().optional(),
  byEmployee: z.boolean().optional(),
  vpt: z.boolean().optional(),
  employerAddress: z.boolean().optional(),
  policeReference: text({ max: 100 }).optional(),
  reportedOn: z.iso.date().optional(),
  joinCriminalCase: z.boolean().optional(),
});
export type TDecideMeasureRequest = z.infer<typeof ZDecideMeasureRequest>;

/** The police's reference number and the date of the report often arrive later. */
export const ZPoliceReportRequest = z.strictObject({
  policeReference: text({ min: 1, max: 100 }),
  reportedOn: z.iso.date(),
});

export const ZApprovalRequest = z.strictObject({ note: text({ max: 1000 }).default('') });
export const ZRejectRequest = z.strictObject({ note: text({ min: 3, max: 1000 }) });
export const ZReviewRequest = z.strictObject({
  decision: z.enum(['continue', 'end']),
  nextReviewOn: z.iso.date().nullable().optional(),
  note: text({ max: 1000 }).default(''),
});

export const ZMeasureForApproval = ZMeasureSummary.extend({
  clientName: z.string().nullable(),
  incidentOccurredAt: z.string().nullable(),
  incidentForms: z.array(z.string()),
});
export type TMeasureForApproval = z.infer<typeof ZMeasureForApproval>;
