import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.js';

/** Half of a UTF-16 surrogate pair without its other half: not a character, and not valid UTF-8 once encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function unstorable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/**
 * True when any string in the value (at any depth) holds a NUL character or a lone surrogate: PostgreSQL text can
 * store neither.
 */
export function containsUnstorableText(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // absurd nesting is hostile too
  if (typeof value === 'string') return unstorable(value);
  // An uploaded file is bytes, not text: it is stored as bytea and checked by its own route.
  if (value instanceof Uint8Array) return false;
  if (Array.isArray(value)) return value.some((item) => containsUnstorableText(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => unstorable(key) || containsUnstorableText(item, depth + 1));
  }
  return false;
}

/**
 * Refuses NUL characters and lone surrogates in body, query and path before any route sees them: every text field is safe to
 * store, not only the ones whose schema remembered to check.
 */
export function installHostileInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (
      containsUnstorableText(request.body) ||
      containsUnstorableText(request.query) ||
      containsUnstorableText(request.params)
    ) {
      throw new ProblemError(400, 'invalid_characters');
    }
  });
}
