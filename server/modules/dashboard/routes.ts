import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser } from '../../http/policy.js';
import { requestLanguage } from '../../http/problem.js';
import { complaintList, saveComplaintCount } from './complaints.js';
import { dashboardCsv } from './csv.js';
import { evidenceReport } from './evidence.js';
import { startJudgingJob } from './facts.js';
import { dashboardPolicy } from './policy.js';
import { ZComplaintCount, ZComplaintList, ZDashboard, ZDashboardCsvQuery, ZDashboardQuery } from './schema.js';
import { dashboard } from './service.js';

export function dashboardRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['dashboard'];
  app.get(
    '/api/v1/dashboard',
    {
      config: { policy: dashboardPolicy.view },
      schema: { tags, querystring: ZDashboardQuery, response: { 200: ZDashboard } },
    },
    (request) => dashboard(ctx, currentUser(request.user), request.query),
  );
  app.get(
    '/api/v1/dashboard/export.csv',
    { config: { policy: dashboardPolicy.view }, schema: { tags, querystring: ZDashboardCsvQuery } },
    async (request, reply) => {
      const { table, ...query } = request.query;
      const figures = await dashboard(ctx, currentUser(request.user), query, table?.split('.')[0]);
      const name = `kengetallen-${figures.from}-${figures.to}${table ? `-${table.replace('.', '-')}` : ''}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(dashboardCsv(figures, table));
    },
  );
  app.get(
    '/api/v1/dashboard/complaints',
    { config: { policy: dashboardPolicy.viewComplaints }, schema: { tags, response: { 200: ZComplaintList } } },
    () => complaintList(ctx),
  );
  app.put(
    '/api/v1/dashboard/complaints',
    {
      config: { policy: dashboardPolicy.enterComplaints },
      schema: { tags, body: ZComplaintCount, response: { 200: ZComplaintList } },
    },
    async (request) => {
      await saveComplaintCount(ctx, currentUser(request.user), request.body);
      return complaintList(ctx);
    },
  );
  app.get(
    '/api/v1/dashboard/evidence.pdf',
    { config: { policy: dashboardPolicy.evidence }, schema: { tags, querystring: ZDashboardQuery } },
    async (request, reply) => {
      const language = requestLanguage(request);
      const { pdf, from, to } = await evidenceReport(ctx, currentUser(request.user), request.query, language);
      const name = `${language === 'en' ? 'evidence-report' : 'verantwoording'}-${from}-${to}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  // Reports whose judgement count is still empty (sent before incident_facts existed) are read in the background,
  // never by a GET; every process may run it (SKIP LOCKED).
  if (ctx.config.backgroundJobs) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startJudgingJob(ctx.db, (error) => app.log.error({ err: error }, 'judging job failed'));
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  }
}
