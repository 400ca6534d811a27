import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { AppContext, ZodApp } from '../app-context.js';
import { anyone } from './policy.js';
import { ProblemError } from './problem.js';

/**
 * Serves the built React front end: files as they are, and index.html for every other path so that the
 * client-side router can show it. Unknown API paths get a problem+json 404 instead.
 */
export async function webRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  const root = ctx.config.webDir;
  const built = existsSync(path.join(root, 'index.html'));
  await app.register(fastifyStatic, { root, serve: false });

  app.get('/*', { config: { policy: anyone }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodeURIComponent((request.url.split('?')[0] ?? '/').replace(/^\/+/, ''));
    if (urlPath.startsWith('api/') || urlPath === 'api') throw new ProblemError(404, 'not_found');
    if (!built) throw new ProblemError(404, 'not_found');
    const file = path.join(root, urlPath);
    const insideRoot = file.startsWith(root + path.sep);
    if (insideRoot && urlPath !== '' && existsSync(file) && !file.endsWith(path.sep)) {
      // Vite puts a content hash in every asset name, so those never change.
      const immutable = urlPath.startsWith('assets/');
      return reply.sendFile(urlPath, { maxAge: immutable ? '365d' : 0, immutable });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { maxAge: 0 });
  });
}
