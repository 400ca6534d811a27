import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { uuidParam } from '../../http/schemas.js';
import { PLACEHOLDERS } from './content.js';
import { incidentDossier } from './dossier.js';
import { letterPolicy } from './policy.js';
import {
  ZGenerateLetterRequest,
  ZLetterDraft,
  ZLetterKindParam,
  ZLetterSummary,
  ZLetterTemplate,
  ZLetterTemplates,
  ZLetterTemplateVersions,
  ZSaveLetterTemplateRequest,
} from './schema.js';
import { generateLetter, letterDraft, letterFile } from './service.js';
import { currentTemplates, saveTemplate, templateVersions } from './templates.js';

/** PDFs are personal data: never cached, never sniffed, offered as a download with their checksum. */
const PDF_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
};

export function letterRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['letters'];
  app.get(
    '/api/v1/letter-templates',
    { config: { policy: letterPolicy.readTemplates }, schema: { tags, response: { 200: ZLetterTemplates } } },
    async () => ({ templates: await currentTemplates(ctx), placeholders: [...PLACEHOLDERS] }),
  );
  app.get(
    '/api/v1/letter-templates/:kind/versions',
    {
      config: { policy: letterPolicy.readTemplates },
      schema: { tags, params: ZLetterKindParam, response: { 200: ZLetterTemplateVersions } },
    },
    async (request) => ({ versions: await templateVersions(ctx.db, request.params.kind) }),
  );
  app.put(
    '/api/v1/letter-templates/:kind',
    {
      config: { policy: letterPolicy.editTemplates },
      schema: { tags, params: ZLetterKindParam, body: ZSaveLetterTemplateRequest, response: { 200: ZLetterTemplate } },
    },
    (request) => saveTemplate(ctx, currentUser(request.user), request.params.kind, request.body),
  );
  app.get(
    '/api/v1/measures/:id/letter',
    { config: { policy: letterPolicy.send }, schema: { tags, params: uuidParam, response: { 200: ZLetterDraft } } },
    (request) => letterDraft(ctx, currentUser(request.user), request.params.id),
  );
  app.post(
    '/api/v1/measures/:id/letters',
    {
      config: { policy: letterPolicy.send },
      schema: { tags, params: uuidParam, body: ZGenerateLetterRequest, response: { 201: ZLetterSummary } },
    },
    async (request, reply) =>
      reply.code(201).send(await generateLetter(ctx, currentUser(request.user), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/letters/:id/pdf',
    { config: { policy: letterPolicy.send }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const letter = await letterFile(ctx, currentUser(request.user), request.params.id);
      return reply
        .type('application/pdf')
        .headers(PDF_HEADERS)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`)
        .header('x-checksum-sha256', letter.sha256)
        .send(letter.pdf);
    },
  );
  app.get(
    '/api/v1/incidents/:id/dossier',
    { config: { policy: letterPolicy.dossier }, schema: { tags, params: uuidParam } },
    async (request, reply) => {
      const pdf = await incidentDossier(ctx, currentUser(request.user), request.params.id);
      return reply
        .type('application/pdf')
        .headers(PDF_HEADERS)
        .header('content-disposition', `attachment; filename="incidentdossier-${request.params.id.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );
}
