import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.js';

/** True when any string in the value (at any depth) holds a NUL character, which PostgreSQL text cannot store. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // absurd nesting is hostile too
  if (typeof value === 'string') return value.includes('\u0000');
  // An uploaded file is bytes, not text: it is stored as bytea and checked by its own route.
  if (value instanceof Uint8Array) return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
  }
  return false;
}

/**
 * Refuses NUL characters in body, query and path before any route sees them: every text field is safe to
 * store, not only the ones whose schema remembered to check.
 */
export function installHostileInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body) || containsNul(request.query) || containsNul(request.params)) {
      throw new ProblemError(400, 'invalid_characters');
    }
  });
}
