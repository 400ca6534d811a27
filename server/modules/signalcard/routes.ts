import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { requestLanguage } from '../../http/problem.js';
import { signalCardHtml } from './html.js';
import { renderSignalCard } from './pdf.js';
import { signalCardPolicy } from './policy.js';
import { ZPdfQuery, ZSaveSignalCardRequest, ZSignalCard } from './schema.js';
import { saveSignalCard, signalCard } from './service.js';

export function signalCardRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['signal card'];
  app.get(
    '/api/v1/signal-card',
    { config: { policy: signalCardPolicy.read }, schema: { tags, response: { 200: ZSignalCard } } },
    () => signalCard(ctx),
  );
  app.put(
    '/api/v1/signal-card',
    {
      config: { policy: signalCardPolicy.edit },
      schema: { tags, body: ZSaveSignalCardRequest, response: { 200: ZSignalCard } },
    },
    (request) => saveSignalCard(ctx, currentUser(request.user), request.body.content),
  );
  app.get(
    '/api/v1/signal-card/pdf',
    { config: { policy: signalCardPolicy.read }, schema: { tags, querystring: ZPdfQuery } },
    async (request, reply) => {
      const language = request.query.lang ?? requestLanguage(request);
      const pdf = await renderSignalCard(await signalCard(ctx), request.query.size, language);
      const name = `${language === 'en' ? 'signal-card' : 'signaalkaart'}-${request.query.size}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'private, no-cache')
        .send(pdf);
    },
  );
  app.get(
    '/api/v1/signal-card/offline',
    { config: { policy: signalCardPolicy.read }, schema: { tags } },
    async (request, reply) => {
      const html = signalCardHtml(await signalCard(ctx), requestLanguage(request));
      return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').send(html);
    },
  );
}
