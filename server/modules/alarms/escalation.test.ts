import { describe, expect, it } from 'vitest';
import { freezeChain } from './escalation.js';

describe('escalation chain', () => {
  it('starts with the office’s own responders, follows the office’s levels, and always ends with 112', () => {
    const chain = freezeChain('office-1', {
      minReachable: 2,
      ackTimeoutSeconds: 20,
      escalation: [
        { target: 'team', teamId: 'team-2', timeoutSeconds: 30 },
        { target: 'managers', timeoutSeconds: 45 },
      ],
    });
    expect(chain).toEqual([
      { target: 'office_responders', officeId: 'office-1', timeoutSeconds: 20 },
      { target: 'team', teamId: 'team-2', timeoutSeconds: 30 },
      { target: 'managers', timeoutSeconds: 45 },
      { target: 'call_112' },
    ]);
  });

  it('is a copy: changing the settings afterwards does not change a frozen chain', () => {
    const settings = {
      minReachable: 1,
      ackTimeoutSeconds: 30,
      escalation: [{ target: 'managers' as const, timeoutSeconds: 30 }],
    };
    const chain = freezeChain(null, settings);
    settings.escalation.push({ target: 'managers', timeoutSeconds: 5 });
    settings.ackTimeoutSeconds = 5;
    expect(chain).toHaveLength(3);
    expect(chain[0]).toMatchObject({ timeoutSeconds: 30 });
  });
});
