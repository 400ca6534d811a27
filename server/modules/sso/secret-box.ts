import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM: a changed or swapped ciphertext fails to open instead of yielding garbage.
const SEALED = 'v1:';

/** Seals a secret with the installation's SECRET_KEY; without a key it is kept as it is (documented limit). */
export function sealSecret(plain: string, key: Buffer | undefined): string {
  if (!key || plain === '') return plain;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens a sealed secret; a secret stored before a key was set is returned as it is. */
export function openSecret(stored: string, key: Buffer | undefined): string {
  if (!stored.startsWith(SEALED)) return stored;
  if (!key) throw new Error('The SSO client secret is encrypted but SECRET_KEY is not set');
  const raw = Buffer.from(stored.slice(SEALED.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
