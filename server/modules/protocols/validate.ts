import { END, type ProcedureKey, STEP_ROLES, type TProcedure, type TProtocolContent, type TStep } from './content.js';

/** One reason a protocol cannot be published, precise enough for the editor to point at the step. */
export interface ProtocolIssue {
  code:
    | 'duplicate_procedure'
    | 'duplicate_step_id'
    | 'unknown_role'
    | 'unknown_target'
    | 'decision_without_branches'
    | 'branches_without_decision'
    | 'unreachable_step'
    | 'no_exit';
  procedure: ProcedureKey;
  stepId?: string;
  /** The unknown role or target, where that is the problem. */
  value?: string;
}

/** Where a step can lead: its branches for a decision, else its `next` or the following step, else the end. */
export function successors(procedure: TProcedure, index: number): string[] {
  const step = procedure.steps[index] as TStep;
  const fallThrough = step.next ?? procedure.steps[index + 1]?.id ?? END;
  if (step.kind === 'decision') {
    const targets = step.branches.map((branch) => branch.next);
    // A decision that only applies under a condition can be marked not applicable: then it falls through.
    return step.condition ? [...targets, fallThrough] : targets;
  }
  return [fallThrough];
}

function checkProcedure(procedure: TProcedure): ProtocolIssue[] {
  const issues: ProtocolIssue[] = [];
  const key = procedure.key;
  const indexById = new Map<string, number>();
  procedure.steps.forEach((step, index) => {
    if (indexById.has(step.id)) issues.push({ code: 'duplicate_step_id', procedure: key, stepId: step.id });
    else indexById.set(step.id, index);
  });
  for (const [index, step] of procedure.steps.entries()) {
    if (!(STEP_ROLES as readonly string[]).includes(step.role)) {
      issues.push({ code: 'unknown_role', procedure: key, stepId: step.id, value: step.role });
    }
    if (step.kind === 'decision' && step.branches.length < 2) {
      issues.push({ code: 'decision_without_branches', procedure: key, stepId: step.id });
    }
    if (step.kind !== 'decision' && step.branches.length > 0) {
      issues.push({ code: 'branches_without_decision', procedure: key, stepId: step.id });
    }
    for (const target of successors(procedure, index)) {
      if (target !== END && !indexById.has(target)) {
        issues.push({ code: 'unknown_target', procedure: key, stepId: step.id, value: target });
      }
    }
  }
  // Without sound references the graph cannot be walked; an unknown role does not stop the walk.
  if (issues.some((issue) => issue.code !== 'unknown_role')) return issues;

  // Every step must be reachable from the first one…
  const reachable = new Set<string>();
  const queue = [procedure.steps[0]?.id ?? END];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === END || reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...successors(procedure, indexById.get(id) as number));
  }
  for (const step of procedure.steps) {
    if (!reachable.has(step.id)) issues.push({ code: 'unreachable_step', procedure: key, stepId: step.id });
  }

  // …and from every step the end must be reachable: a loop (a client who calls again) needs a way out.
  const predecessors = new Map<string, string[]>();
  procedure.steps.forEach((step, index) => {
    for (const target of successors(procedure, index))
      predecessors.set(target, [...(predecessors.get(target) ?? []), step.id]);
  });
  const canEnd = new Set<string>();
  const back = [...(predecessors.get(END) ?? [])];
  while (back.length > 0) {
    const id = back.pop() as string;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    back.push(...(predecessors.get(id) ?? []));
  }
  for (const step of procedure.steps) {
    if (reachable.has(step.id) && !canEnd.has(step.id))
      issues.push({ code: 'no_exit', procedure: key, stepId: step.id });
  }
  return issues;
}

/** Everything that keeps a protocol from being published; empty when it is sound. */
export function validateProtocol(content: TProtocolContent): ProtocolIssue[] {
  const issues: ProtocolIssue[] = [];
  const seen = new Set<ProcedureKey>();
  for (const procedure of content.procedures) {
    if (seen.has(procedure.key)) issues.push({ code: 'duplicate_procedure', procedure: procedure.key });
    seen.add(procedure.key);
    issues.push(...checkProcedure(procedure));
  }
  return issues;
}
