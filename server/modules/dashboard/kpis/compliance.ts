import { skippedStepCounts } from '../../compliance/repository.js';
import { PROCEDURE_KEYS } from '../../protocols/content.js';
import { percent, type SectionSpec } from './types.js';

/**
 * Protocol compliance, from the compliance module's own counts (`skippedStepCounts`): per procedure the share of
 * live handlings in which a step was skipped (seed 004's evaluation: was the protocol followed?).
 */
export const complianceSection: SectionSpec = {
  key: 'compliance',
  tables: [
    { key: 'handlings', unit: 'count', order: PROCEDURE_KEYS },
    { key: 'skippedSteps', unit: 'percent', order: PROCEDURE_KEYS },
  ],
  async measure(db, scope) {
    const figures = await skippedStepCounts(db, {
      from: scope.start,
      toExclusive: scope.endExclusive,
      departmentId: scope.departmentId,
      officeId: scope.officeId,
    });
    return {
      handlings: figures.map((row) => ({
        key: row.procedureKey,
        label: null,
        value: row.handlings,
        basis: row.handlings,
      })),
      skippedSteps: figures.map((row) => ({
        key: row.procedureKey,
        label: null,
        value: percent(row.withSkippedSteps, row.handlings),
        basis: row.handlings,
      })),
    };
  },
};
