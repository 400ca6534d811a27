import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { analyse } from './analyse.js';
import { languagePolicy } from './policy.js';
import { reportAudit, ZReportAudit, ZReportAuditQuery } from './report-audit.js';
import { ZAnalyseRequest, ZAnalyseResponse } from './schema.js';

/** Requests per user per minute: enough for live hints while typing (debounced), not for bulk scraping. */
export const ANALYSE_RATE_PER_MINUTE = 120;

/**
 * The language assistant over HTTP. Pure computation: nothing is stored, logged or audited, because the texts
 * may describe clients and incidents (AVG: register only what is needed). The global 1 MiB body limit bounds
 * the work per request; up to 1,000 items of at most 5,000 characters each.
 */
export function languageRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/language/analyse',
    {
      config: {
        policy: languagePolicy.analyse,
        rateLimit: {
          max: ANALYSE_RATE_PER_MINUTE,
          timeWindow: '1 minute',
          // Per signed-in user, so colleagues behind one office IP do not share a budget.
          keyGenerator: (request) => `language:${request.user?.id ?? request.ip}`,
        },
      },
      schema: { tags: ['language'], body: ZAnalyseRequest, response: { 200: ZAnalyseResponse } },
    },
    async (request) => {
      // Explanations in the user's own Regie language; the analysis itself is always of Dutch text.
      const { language } = currentUser(request.user);
      return { results: request.body.items.map((item) => analyse(item, { language })) };
    },
  );

  app.get(
    '/api/v1/language/report-audit',
    {
      config: { policy: languagePolicy.audit },
      schema: { tags: ['language'], querystring: ZReportAuditQuery, response: { 200: ZReportAudit } },
    },
    (request) => reportAudit(ctx, request.query),
  );
}
