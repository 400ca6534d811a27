import { describe, expect, it } from 'vitest';
import { type TProtocolContent, ZProtocolContent } from './content.js';
import { DEFAULT_PROTOCOL } from './default-protocol.js';
import { validateProtocol } from './validate.js';

function withTelephone(change: (steps: TProtocolContent['procedures'][number]['steps']) => void): TProtocolContent {
  const content = structuredClone(DEFAULT_PROTOCOL);
  const telephone = content.procedures.find((procedure) => procedure.key === 'telephone');
  if (!telephone) throw new Error('no telephone procedure');
  change(telephone.steps);
  return content;
}

describe('the default protocol (seed 003)', () => {
  it('is complete: telephone 10 steps, verbal 9, physical violence 5, written 6, alarm number 333', () => {
    const counts = Object.fromEntries(
      DEFAULT_PROTOCOL.procedures.map((procedure) => [procedure.key, procedure.steps.length]),
    );
    expect(counts).toEqual({ telephone: 10, verbal: 9, physical: 5, written: 6 });
    expect(DEFAULT_PROTOCOL.settings.alarmNumber).toBe('333');
  });

  it('parses under its own schema and has no issues', () => {
    expect(ZProtocolContent.safeParse(DEFAULT_PROTOCOL).success).toBe(true);
    expect(validateProtocol(DEFAULT_PROTOCOL)).toEqual([]);
  });
});

describe('validateProtocol refuses what cannot be followed', () => {
  it('an unknown role', () => {
    const content = withTelephone((steps) => {
      (steps[1] as { role: string }).role = 'janitor';
    });
    expect(validateProtocol(content)).toEqual([
      { code: 'unknown_role', procedure: 'telephone', stepId: 't2', value: 'janitor' },
    ]);
  });

  it('a reference to a step that does not exist', () => {
    const content = withTelephone((steps) => {
      (steps[0] as { branches: { next: string }[] }).branches[0] = { ...steps[0]?.branches[0], next: 't99' } as never;
    });
    expect(validateProtocol(content)).toContainEqual({
      code: 'unknown_target',
      procedure: 'telephone',
      stepId: 't1',
      value: 't99',
    });
  });

  it('a step that is never reached', () => {
    // t1's "carries on" branch skips t2: nothing else leads there.
    const content = withTelephone((steps) => {
      const first = steps[0];
      if (first?.branches[0]) first.branches[0].next = 't3';
    });
    expect(validateProtocol(content)).toEqual([{ code: 'unreachable_step', procedure: 'telephone', stepId: 't2' }]);
  });

  it('a loop without an exit', () => {
    const content = withTelephone((steps) => {
      const t9 = steps[8];
      if (t9) t9.next = 't8';
    });
    const issues = validateProtocol(content);
    expect(issues).toContainEqual({ code: 'no_exit', procedure: 'telephone', stepId: 't8' });
    expect(issues).toContainEqual({ code: 'no_exit', procedure: 'telephone', stepId: 't9' });
    expect(issues).toContainEqual({ code: 'unreachable_step', procedure: 'telephone', stepId: 't10' });
  });

  it('a loop with an exit is fine: the client who calls again', () => {
    const content = withTelephone((steps) => {
      // After the second warning the client may call again and be warned again, or stop calling.
      const t5 = steps[4];
      if (t5?.branches[0]) t5.branches.push({ label: { nl: 'Nog een keer', en: 'Once more' }, next: 't5' });
    });
    expect(validateProtocol(content)).toEqual([]);
  });

  it('a decision with fewer than two choices, and choices on a non-decision', () => {
    const content = withTelephone((steps) => {
      const t1 = steps[0];
      if (t1) t1.branches = t1.branches.slice(0, 1);
      const t2 = steps[1];
      if (t2) t2.branches = [{ label: { nl: 'x', en: 'x' }, next: 'end' }];
    });
    const codes = validateProtocol(content).map((issue) => `${issue.code}:${issue.stepId}`);
    expect(codes).toContain('decision_without_branches:t1');
    expect(codes).toContain('branches_without_decision:t2');
  });

  it('duplicate step codes and duplicate procedures', () => {
    const content = withTelephone((steps) => {
      const t3 = steps[2];
      if (t3) t3.id = 't2';
    });
    content.procedures.push(structuredClone(content.procedures[1] as TProtocolContent['procedures'][number]));
    const codes = validateProtocol(content).map((issue) => issue.code);
    expect(codes).toContain('duplicate_step_id');
    expect(codes).toContain('duplicate_procedure');
  });
});
