import type { AppContext, ZodApp } from '../../app-context.js';
import { hasAnyRole } from '../../http/policy.js';
import { startMailDispatcher } from './dispatcher.js';
import { ZMailStatus } from './schema.js';
import { mailStatus } from './service.js';

export function mailRoutes(app: ZodApp, ctx: AppContext): void {
  // The administrator sets up the SMTP server and needs to see when mail is stuck.
  app.get(
    '/api/v1/mail/status',
    { config: { policy: hasAnyRole('admin') }, schema: { tags: ['mail'], response: { 200: ZMailStatus } } },
    () => mailStatus(ctx),
  );

  // Every process sends what is due; mails are claimed with SKIP LOCKED, so several processes never collide.
  if (ctx.config.backgroundJobs) {
    let stop: (() => Promise<void>) | null = null;
    app.addHook('onReady', async () => {
      stop = startMailDispatcher(ctx.db, ctx.config, (error) => app.log.error({ err: error }, 'mail dispatch failed'));
      if (!ctx.config.smtpUrl) app.log.warn('SMTP_URL is not set: e-mail stays queued until it is');
    });
    app.addHook('onClose', async () => {
      await stop?.();
    });
  }
}
