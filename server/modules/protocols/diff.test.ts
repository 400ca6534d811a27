import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from './default-protocol.js';
import { diffProtocols } from './diff.js';

describe('diffProtocols', () => {
  it('finds nothing between equal protocols', () => {
    expect(diffProtocols(DEFAULT_PROTOCOL, structuredClone(DEFAULT_PROTOCOL))).toEqual([]);
  });

  it('names reworded, moved, added and removed steps and changed settings', () => {
    const draft = structuredClone(DEFAULT_PROTOCOL);
    const telephone = draft.procedures[0];
    if (!telephone?.steps[0] || !telephone.steps[8]) throw new Error('fixture');
    telephone.steps[0].text = { nl: 'Nieuwe tekst', en: 'New text' };
    telephone.steps[0].role = 'manager';
    const [t10] = telephone.steps.splice(9, 1);
    if (t10) telephone.steps.splice(8, 0, t10);
    telephone.steps.push({ ...telephone.steps[8], id: 't11' });
    const physical = draft.procedures[2];
    physical?.steps.pop();
    draft.settings.alarmNumber = '444';

    const changes = diffProtocols(DEFAULT_PROTOCOL, draft);
    const t1 = changes.find((change) => change.stepId === 't1');
    expect(t1).toMatchObject({ area: 'step', change: 'changed', procedure: 'telephone' });
    expect([...(t1?.fields ?? [])].sort()).toEqual(['role', 'text']);
    expect(changes).toContainEqual(
      expect.objectContaining({ area: 'step', change: 'moved', stepId: 't10', before: 10, after: 9 }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ area: 'step', change: 'added', stepId: 't11' }));
    expect(changes).toContainEqual(
      expect.objectContaining({ area: 'step', change: 'removed', procedure: 'physical', stepId: 'p5' }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ area: 'settings', fields: ['alarmNumber'] }));
  });
});
