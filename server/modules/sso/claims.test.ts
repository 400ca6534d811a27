import { describe, expect, it } from 'vitest';
import { providerAssertedMfa, rolesFromClaims } from './claims.js';

const settings = {
  roleClaim: 'groups',
  roleMapping: [
    { value: 'regie-managers', role: 'manager' },
    { value: 'regie-admins', role: 'admin' },
    { value: 'regie-managers', role: 'employee' },
  ],
  defaultRole: null,
};

describe('rolesFromClaims', () => {
  it('gives every role whose group the claim holds', () => {
    expect(rolesFromClaims({ groups: ['regie-managers', 'other'] }, settings)).toEqual(['employee', 'manager']);
  });
  it('accepts a single string claim', () => {
    expect(rolesFromClaims({ groups: 'regie-admins' }, settings)).toEqual(['admin']);
  });
  it('gives no role without a match and without a default', () => {
    expect(rolesFromClaims({ groups: ['Regie-Admins'] }, settings)).toEqual([]);
    expect(rolesFromClaims({}, settings)).toEqual([]);
  });
  it('falls back to the default role only when nothing matched', () => {
    const withDefault = { ...settings, defaultRole: 'employee' };
    expect(rolesFromClaims({ groups: [] }, withDefault)).toEqual(['employee']);
    expect(rolesFromClaims({ groups: ['regie-admins'] }, withDefault)).toEqual(['admin']);
  });
  it('ignores non-string values and unknown roles', () => {
    const odd = { ...settings, roleMapping: [{ value: '1', role: 'superuser' }] };
    expect(rolesFromClaims({ groups: [1, { a: 1 }] }, settings)).toEqual([]);
    expect(rolesFromClaims({ groups: ['1'] }, odd)).toEqual([]);
  });
});

describe('providerAssertedMfa', () => {
  it('sees mfa or otp in amr', () => {
    expect(providerAssertedMfa({ amr: ['pwd', 'mfa'] })).toBe(true);
    expect(providerAssertedMfa({ amr: ['OTP'] })).toBe(true);
    expect(providerAssertedMfa({ amr: ['pwd'] })).toBe(false);
  });
  it('sees an acr above a password', () => {
    expect(providerAssertedMfa({ acr: 'urn:mace:incommon:iap:silver' })).toBe(true);
    expect(providerAssertedMfa({ acr: '1' })).toBe(false);
    expect(providerAssertedMfa({ acr: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password' })).toBe(false);
    expect(providerAssertedMfa({})).toBe(false);
  });
});
