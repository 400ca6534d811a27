import { describe, expect, it } from 'vitest';
import { dutchDate, isActive, needsApproval } from './rules.js';

const ban = { status: 'decided', kind: 'access_ban', startsOn: '2026-03-01', endsOn: '2026-03-31', endedAt: null };

describe('measure rules', () => {
  it('a ban is active from its first to its last day, and not before or after', () => {
    expect(isActive(ban, '2026-02-28')).toBe(false);
    expect(isActive(ban, '2026-03-01')).toBe(true);
    expect(isActive(ban, '2026-03-31')).toBe(true);
    expect(isActive(ban, '2026-04-01')).toBe(false);
  });
  it('a measure waiting for approval, rejected, or ended at a review is not active', () => {
    expect(isActive({ ...ban, status: 'pending_approval' }, '2026-03-10')).toBe(false);
    expect(isActive({ ...ban, status: 'rejected' }, '2026-03-10')).toBe(false);
    expect(isActive({ ...ban, endedAt: new Date() }, '2026-03-10')).toBe(false);
  });
  it('a one-off measure (a warning, a letter, no measure) is never "active"; an open-ended one stays active', () => {
    expect(isActive({ ...ban, kind: 'verbal_warning' }, '2026-03-10')).toBe(false);
    expect(isActive({ ...ban, kind: 'no_measure' }, '2026-03-10')).toBe(false);
    expect(isActive({ ...ban, kind: 'contact_restriction', endsOn: null }, '2030-01-01')).toBe(true);
  });
  it('access bans and the employer’s own police report need the director', () => {
    expect(needsApproval('access_ban', {})).toBe(true);
    expect(needsApproval('police_report', { onBehalfOfEmployer: true })).toBe(true);
    expect(needsApproval('police_report', { onBehalfOfEmployer: false })).toBe(false);
    expect(needsApproval('written_warning', {})).toBe(false);
  });
  it('takes the date in Dutch time: 23:30 UTC on 31 March is already 1 April in Amsterdam', () => {
    expect(dutchDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(dutchDate(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15');
  });
});
