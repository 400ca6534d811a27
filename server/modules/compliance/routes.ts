import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { compliancePolicy } from './policy.js';
import { ZComplianceQuery, ZComplianceReport } from './schema.js';
import { complianceReport } from './service.js';

export function complianceRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/compliance/protocol',
    {
      config: { policy: compliancePolicy.view },
      schema: { tags: ['compliance'], querystring: ZComplianceQuery, response: { 200: ZComplianceReport } },
    },
    (request) => complianceReport(ctx, currentUser(request.user), request.query),
  );
}
