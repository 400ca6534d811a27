import { z } from 'zod';

/**
 * Building blocks for request schemas. Every text is bounded and may not contain control characters
 * that PostgreSQL or a log file would choke on (NUL, other C0 controls except tab and newlines).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(options: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .min(options.min ?? 0)
    .max(options.max)
    .refine((value) => !CONTROL_CHARACTERS.test(value), { message: 'Control characters are not allowed' });
}

export const requiredName = text({ min: 1, max: 200 });

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const uuidParam = z.strictObject({ id: z.uuid() });

export const language = z.enum(['nl', 'en']);

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
