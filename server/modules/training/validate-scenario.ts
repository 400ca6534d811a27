import type { TProtocolContent } from '../protocols/content.js';
import type { TNode, TScenario } from './scenario.js';
import { scoreAnswer } from './scoring.js';
import type { SentenceScorer } from './sentence.js';

/** One reason a scenario cannot be published, precise enough for the editor to point at the node. */
export interface ScenarioIssue {
  code:
    | 'duplicate_node'
    | 'unknown_start'
    | 'unknown_target'
    | 'dead_end'
    | 'ending_with_turn'
    | 'unreachable_node'
    | 'never_ends'
    | 'no_ending'
    | 'no_good_option';
  nodeId?: string;
  /** The unknown target, where that is the problem. */
  value?: string;
}

/** Where a node's answers can lead. */
export function targetsOf(node: TNode): string[] {
  if (!node.turn) return [];
  const targets = node.turn.options.map((option) => option.next);
  if (node.turn.freeText) targets.push(node.turn.freeText.calm, node.turn.freeText.escalate);
  return targets;
}

/**
 * Structural checks (issue 9: no dead ends, no unreachable nodes, every path ends) and one about content: at every
 * turn at least one option must be a good answer by the same scoring the trainee gets, so a scenario never
 * teaches an answer that the feedback then marks wrong.
 */
export function validateScenario(
  scenario: TScenario,
  protocol: TProtocolContent,
  scorer: SentenceScorer,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const byId = new Map<string, TNode>();
  for (const node of scenario.nodes) {
    if (byId.has(node.id)) issues.push({ code: 'duplicate_node', nodeId: node.id });
    else byId.set(node.id, node);
  }
  if (!byId.has(scenario.start)) issues.push({ code: 'unknown_start', value: scenario.start });

  for (const node of scenario.nodes) {
    if (node.turn && node.ending) issues.push({ code: 'ending_with_turn', nodeId: node.id });
    if (!node.turn && !node.ending) issues.push({ code: 'dead_end', nodeId: node.id });
    for (const target of new Set(targetsOf(node))) {
      if (!byId.has(target)) issues.push({ code: 'unknown_target', nodeId: node.id, value: target });
    }
    if (node.turn) {
      const expect = node.turn.expect;
      const anyGood = node.turn.options.some(
        (option) =>
          scoreAnswer({ expect, answer: { text: option.text.nl, decision: option.decision }, protocol, scorer }).good,
      );
      if (!anyGood) issues.push({ code: 'no_good_option', nodeId: node.id });
    }
  }
  if (!scenario.nodes.some((node) => node.ending)) issues.push({ code: 'no_ending' });

  // Reachability from the start.
  const reached = new Set<string>();
  const queue = byId.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const target of targetsOf(byId.get(id) as TNode)) if (byId.has(target)) queue.push(target);
  }
  for (const node of byId.values()) {
    if (!reached.has(node.id)) issues.push({ code: 'unreachable_node', nodeId: node.id });
  }

  // Every path ends: a conversation is a graph without cycles, so a trainee can never go round for ever.
  const state = new Map<string, 'visiting' | 'done'>();
  const inCycle = new Set<string>();
  const visit = (id: string, path: string[]) => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      for (const member of path.slice(path.indexOf(id))) inCycle.add(member);
      return;
    }
    state.set(id, 'visiting');
    for (const target of targetsOf(byId.get(id) as TNode)) if (byId.has(target)) visit(target, [...path, target]);
    state.set(id, 'done');
  };
  for (const id of byId.keys()) visit(id, [id]);
  for (const id of inCycle) issues.push({ code: 'never_ends', nodeId: id });
  return issues;
}
