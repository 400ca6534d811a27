import { z } from 'zod';
import { periodQuery } from '../../http/period.js';
import { PROCEDURE_KEYS, ZText } from '../protocols/content.js';

export const ZComplianceQuery = z.strictObject({
  /** Dutch calendar dates, both inclusive; the last 90 days by default. */
  ...periodQuery,
  procedure: z.enum(PROCEDURE_KEYS).optional(),
  /** One protocol version: its steps and only the handlings that followed it. */
  version: z.coerce.number().int().min(1).max(100_000).optional(),
  officeId: z.uuid().optional(),
});
export type TComplianceQuery = z.infer<typeof ZComplianceQuery>;

export const ZStepCompliance = z.object({
  stepId: z.string(),
  /** Position in the current protocol version; null for a step that only older versions had. */
  number: z.number().int().nullable(),
  text: ZText,
  done: z.number().int(),
  notApplicable: z.number().int(),
  skipped: z.number().int(),
  /** Median seconds from the previous step (or the start) to this step's outcome. */
  medianSeconds: z.number().nullable(),
  /** The most recent reasons given for skipping, newest first. */
  skipReasons: z.array(z.string()),
});

export const ZProcedureCompliance = z.object({
  key: z.enum(PROCEDURE_KEYS),
  title: ZText,
  handlings: z.number().int(),
  closed: z.number().int(),
  /** Handlings in which at least one step was skipped. */
  withSkippedSteps: z.number().int(),
  medianDurationSeconds: z.number().nullable(),
  versions: z.array(z.number().int()),
  steps: z.array(ZStepCompliance),
});

export const ZComplianceReport = z.object({
  from: z.string(),
  to: z.string(),
  /** organisation: every department; department: the manager's own department only. */
  scope: z.enum(['organisation', 'department']),
  /** The protocol version asked for; null: all versions, steps as the current version numbers them. */
  version: z.number().int().nullable(),
  procedures: z.array(ZProcedureCompliance),
});
export type TComplianceReport = z.infer<typeof ZComplianceReport>;
