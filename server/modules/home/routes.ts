import type { AppContext, ZodApp } from '../../app-context.js';
import { currentUser, signedIn } from '../../http/policy.js';
import { ZHome } from './schema.js';
import { homeFor } from './service.js';

export function homeRoutes(app: ZodApp, ctx: AppContext): void {
  // Everyone signed in has a home; what it contains is decided per role in the service.
  app.get(
    '/api/v1/home',
    { config: { policy: signedIn }, schema: { tags: ['home'], response: { 200: ZHome } } },
    (request) => homeFor(ctx, currentUser(request.user)),
  );
}
