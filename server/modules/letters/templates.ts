import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/errors.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { users } from '../users/tables.js';
import { DEFAULT_TEMPLATES, LETTER_KINDS, type LetterKind, unknownPlaceholders } from './content.js';
import type { TLetterTemplate, TSaveLetterTemplateRequest } from './schema.js';
import { letterTemplates } from './tables.js';

function builtIn(kind: LetterKind): TLetterTemplate {
  return { kind, version: 0, ...DEFAULT_TEMPLATES[kind], createdAt: null, createdBy: null };
}

/** Every version of a kind's template, newest first, ending with the built-in text (version 0). */
export async function templateVersions(db: Executor, kind: LetterKind): Promise<TLetterTemplate[]> {
  const rows = await db
    .select({ template: letterTemplates, author: users.name })
    .from(letterTemplates)
    .leftJoin(users, eq(users.id, letterTemplates.createdBy))
    .where(eq(letterTemplates.kind, kind))
    .orderBy(desc(letterTemplates.version));
  return [
    ...rows.map(({ template, author }) => ({
      kind,
      version: template.version,
      subject: template.subject,
      body: template.body,
      createdAt: template.createdAt.toISOString(),
      createdBy: author,
    })),
    builtIn(kind),
  ];
}

export async function currentTemplate(db: Executor, kind: LetterKind): Promise<TLetterTemplate> {
  const [latest] = await templateVersions(db, kind);
  return latest ?? builtIn(kind);
}

export async function currentTemplates(ctx: AppContext): Promise<TLetterTemplate[]> {
  return Promise.all(LETTER_KINDS.map((kind) => currentTemplate(ctx.db, kind)));
}

/** Saving adds a version; older versions stay as they were (a trigger refuses changes to them). */
export async function saveTemplate(
  ctx: AppContext,
  user: SessionUser,
  kind: LetterKind,
  input: TSaveLetterTemplateRequest,
): Promise<TLetterTemplate> {
  const unknown = unknownPlaceholders(`${input.subject}\n${input.body}`);
  if (unknown.length > 0) throw new ProblemError(400, 'letter_unknown_placeholder', { names: unknown.join(', ') });
  const version = await ctx.db
    .transaction(async (tx) => {
      // Two officers saving at once: the unique (kind, version) index makes the second one fail, never overwrite.
      const [latest] = await tx
        .select({ version: letterTemplates.version })
        .from(letterTemplates)
        .where(eq(letterTemplates.kind, kind))
        .orderBy(desc(letterTemplates.version))
        .limit(1);
      const next = (latest?.version ?? 0) + 1;
      await tx.insert(letterTemplates).values({ kind, version: next, ...input, createdBy: user.id });
      await recordAudit(tx, actorOf(user), {
        action: 'letter_template.saved',
        entityType: 'letter_template',
        entityId: `${kind}:${next}`,
        after: { kind, version: next, subject: input.subject },
      });
      return next;
    })
    .catch((error: unknown) => {
      if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new ProblemError(409, 'letter_template_conflict');
      throw error;
    });
  const saved = (await templateVersions(ctx.db, kind)).find((template) => template.version === version);
  if (!saved) throw new Error('saved template not found');
  return saved;
}
