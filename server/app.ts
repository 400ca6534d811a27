import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext, ZodApp } from './app-context.js';
import { installHostileInputGuard } from './http/hostile-input.js';
import { anyone, installPolicyEnforcement, type RegisteredRoute } from './http/policy.js';
import { BODY_LIMIT_BYTES, installProblemHandling, ProblemError } from './http/problem.js';
import { webRoutes } from './http/web.js';
import { installWriteRateLimit } from './http/write-rate-limit.js';
import { aftercareRoutes } from './modules/aftercare/routes.js';
import { alarmRoutes } from './modules/alarms/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { reportAuditRoutes } from './modules/audits/routes.js';
import { installAuthentication } from './modules/auth/authenticate.js';
import { authRoutes } from './modules/auth/routes.js';
import { clientRoutes } from './modules/clients/routes.js';
import { coachingPlanRoutes } from './modules/coaching-plans/routes.js';
import { complianceRoutes } from './modules/compliance/routes.js';
import { confidentialRoutes } from './modules/confidential/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { dutyRoutes } from './modules/duty/routes.js';
import { handlingRoutes } from './modules/handlings/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { homeRoutes } from './modules/home/routes.js';
import { incidentRoutes } from './modules/incidents/routes.js';
import { languageRoutes } from './modules/language/routes.js';
import { letterRoutes } from './modules/letters/routes.js';
import { mailRoutes } from './modules/mail/routes.js';
import { measureRoutes } from './modules/measures/routes.js';
import { orgRoutes } from './modules/org/routes.js';
import { privacyRoutes } from './modules/privacy/routes.js';
import { protocolRoutes } from './modules/protocols/routes.js';
import { signalCardRoutes } from './modules/signalcard/routes.js';
import { ssoRoutes } from './modules/sso/routes.js';
import { surveyRoutes } from './modules/surveys/routes.js';
import { trainingRoutes } from './modules/training/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { webhookRoutes } from './modules/webhooks/routes.js';

/** Every module's routes. A new module adds its function here. */
const MODULES = [
  healthRoutes,
  authRoutes,
  homeRoutes,
  orgRoutes,
  userRoutes,
  auditRoutes,
  protocolRoutes,
  handlingRoutes,
  complianceRoutes,
  languageRoutes,
  webhookRoutes,
  clientRoutes,
  incidentRoutes,
  measureRoutes,
  dutyRoutes,
  alarmRoutes,
  trainingRoutes,
  signalCardRoutes,
  dashboardRoutes,
  mailRoutes,
  surveyRoutes,
  aftercareRoutes,
  letterRoutes,
  confidentialRoutes,
  coachingPlanRoutes,
  reportAuditRoutes,
  ssoRoutes,
  privacyRoutes,
];

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<ZodApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
    // Unknown fields are refused by strict schemas; this keeps Fastify from coercing them silently.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandling(app);
  const routes = installPolicyEnforcement(app);
  app.decorate('registeredRoutes', routes);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Regie may run on plain http on a laptop or intranet; upgrading would break every asset there.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  installWriteRateLimit(app, ctx.config);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ProblemError(429, 'too_many_requests'),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Regie API',
        version: '1',
        description: 'Regie: aggression and violence by clients, handled together.',
      },
    },
    transform: jsonSchemaTransform,
  });

  installAuthentication(app, ctx);
  installHostileInputGuard(app);

  app.get('/api/openapi.json', { config: { policy: anyone }, schema: { hide: true } }, async () => app.swagger());
  for (const register of MODULES) register(app, ctx);
  await webRoutes(app, ctx);

  app.setNotFoundHandler(() => {
    throw new ProblemError(404, 'not_found');
  });

  await app.ready();
  return app;
}
