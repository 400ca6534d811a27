import { describe, expect, it } from 'vitest';
import {
  acceptedTotpStep,
  currentTotpCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpEnrolment,
} from './totp.js';

describe('TOTP', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const moment = Date.UTC(2026, 10, 23, 9, 0, 10);

  it('matches the RFC 6238 reference: the code for a moment is accepted in its own step', () => {
    const code = currentTotpCode(secret, moment);
    expect(code).toMatch(/^\d{6}$/);
    expect(acceptedTotpStep(secret, code, moment)).toBe(Math.floor(moment / 30_000));
  });

  it('accepts one step of clock drift, not two', () => {
    const previous = currentTotpCode(secret, moment - 30_000);
    expect(acceptedTotpStep(secret, previous, moment)).toBe(Math.floor(moment / 30_000) - 1);
    const old = currentTotpCode(secret, moment - 90_000);
    expect(acceptedTotpStep(secret, old, moment)).toBeNull();
  });

  it('refuses what is not six digits and a code of another secret', () => {
    expect(acceptedTotpStep(secret, '12345', moment)).toBeNull();
    expect(acceptedTotpStep(secret, 'abcdef', moment)).toBeNull();
    expect(acceptedTotpStep(newTotpSecret(), currentTotpCode(secret, moment), moment)).toBeNull();
  });

  it('enrols with an otpauth URI naming Regie and the account, and a QR code', async () => {
    const enrolment = await totpEnrolment(secret, 'sanne@wonenzuid.example', 'Regie · Wonen Zuid');
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Regie%20%C2%B7%20Wonen%20Zuid:sanne%40wonenzuid\.example\?/);
    expect(enrolment.uri).toContain(`secret=${secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg/);
  });
});

describe('recovery codes', () => {
  it('makes ten different readable codes and hashes them without case or dashes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const [first] = codes as [string];
    expect(hashRecoveryCode(first.toLowerCase().replace('-', ' '))).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toBe(hashRecoveryCode(codes[1] as string));
  });
});
