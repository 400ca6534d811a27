import { END, type TProcedure, type TStep } from './content.js';
import { successors } from './validate.js';

/** What the employee did with the current step. */
export type StepOutcome =
  | { type: 'done'; branch?: number }
  | { type: 'not_applicable' }
  | { type: 'skipped'; reason: string };

export class StepEngineError extends Error {
  constructor(readonly code: 'unknown_step' | 'branch_required' | 'unknown_branch' | 'not_conditional' | 'finished') {
    super(code);
  }
}

export function stepIndex(procedure: TProcedure, stepId: string): number {
  const index = procedure.steps.findIndex((step) => step.id === stepId);
  if (index < 0) throw new StepEngineError('unknown_step');
  return index;
}

/**
 * The step that follows the current one, given what was done with it. A decision needs a chosen branch when it is
 * done; a skipped or not applicable step falls through to its default successor.
 */
export function nextStep(procedure: TProcedure, stepId: string, outcome: StepOutcome): string {
  const index = stepIndex(procedure, stepId);
  const step = procedure.steps[index] as TStep;
  const fallThrough = step.next ?? procedure.steps[index + 1]?.id ?? END;
  if (outcome.type === 'not_applicable' && !step.condition) throw new StepEngineError('not_conditional');
  if (step.kind !== 'decision') return successors(procedure, index)[0] ?? END;
  if (outcome.type === 'done') {
    if (outcome.branch === undefined) throw new StepEngineError('branch_required');
    const branch = step.branches[outcome.branch];
    if (!branch) throw new StepEngineError('unknown_branch');
    return branch.next;
  }
  // A skipped decision without a condition takes its first branch: the protocol's main line.
  return step.condition ? fallThrough : (step.branches[0]?.next ?? fallThrough);
}

export interface Visit {
  stepId: string;
  outcome: StepOutcome;
}

/** Replays what happened from the first step: where the handling stands now (END when finished). */
export function replay(procedure: TProcedure, visits: Visit[]): string {
  let current = procedure.steps[0]?.id ?? END;
  for (const visit of visits) {
    if (current === END) throw new StepEngineError('finished');
    if (visit.stepId !== current) throw new StepEngineError('unknown_step');
    current = nextStep(procedure, current, visit.outcome);
  }
  return current;
}

/** The steps that follow on the main line (first branch of each decision), for "what comes next". */
export function upcomingSteps(procedure: TProcedure, fromStepId: string, limit = 3): TStep[] {
  const upcoming: TStep[] = [];
  let current = fromStepId;
  const seen = new Set<string>();
  while (upcoming.length < limit && current !== END && !seen.has(current)) {
    seen.add(current);
    const index = stepIndex(procedure, current);
    const next = successors(procedure, index)[0] ?? END;
    if (next === END || seen.has(next)) break;
    upcoming.push(procedure.steps[stepIndex(procedure, next)] as TStep);
    current = next;
  }
  return upcoming;
}
