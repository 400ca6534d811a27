import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `x-regie-signature: sha256=<hex>` over `<timestamp>.<body>`, the scheme Stripe and GitHub made familiar: the
 * receiver recomputes it with the shared secret and refuses old timestamps, so a captured call cannot be replayed.
 */
export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
