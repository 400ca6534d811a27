import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../modules/users/roles.js';
import { ProblemError } from './problem.js';

/** The signed-in user as every route sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  language: 'nl' | 'en';
  officeId: string | null;
  departmentId: string | null;
  teamId: string | null;
  mustChangePassword: boolean;
  /**
   * ok: fully signed in. verify: the password was right, the authenticator code is still to come. setup: the
   * organisation requires a second factor for this user's roles and they have not set one up yet.
   */
  secondFactor: SecondFactorState;
}

export type SecondFactorState = 'ok' | 'verify' | 'setup';

/** A route's access rule. Named, so the access matrix test and docs can speak about it. */
export interface Policy {
  name: string;
  /** Whether the route can be used without a session at all. */
  public: boolean;
  allows(user: SessionUser | null, request: FastifyRequest): boolean;
}

export const anyone: Policy = { name: 'anyone', public: true, allows: () => true };

export const signedIn: Policy = { name: 'signedIn', public: false, allows: (user) => user !== null };

export function hasAnyRole(...roles: Role[]): Policy {
  return {
    name: `hasAnyRole(${roles.join(',')})`,
    public: false,
    allows: (user) => user?.roles.some((role) => roles.includes(role)) ?? false,
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: there is no default access. */
    policy?: Policy;
    /** The route stays usable while the user still has to choose a new password. */
    allowPendingPasswordChange?: boolean;
    /** The second-factor stages in which the route stays usable (signing in, setting up); none by default. */
    secondFactorStages?: readonly Exclude<SecondFactorState, 'ok'>[];
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** Policies guarantee a user on signed-in routes; this narrows the type for the handler. */
export function currentUser(user: SessionUser | null): SessionUser {
  if (!user) throw new ProblemError(401, 'unauthenticated');
  return user;
}

export class MissingPolicyError extends Error {}

/**
 * Deny by default: a route registered without a policy makes the server refuse to start,
 * and the check runs before the body is even parsed.
 */
export function installPolicyEnforcement(app: FastifyInstance): RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const policy = (route.config as { policy?: Policy } | undefined)?.policy;
    if (!policy) throw new MissingPolicyError(`Route ${route.method} ${route.url} has no policy`);
    for (const method of [route.method].flat()) registered.push({ method, url: route.url, policy });
  });
  return registered;
}

/** Every route with its policy: the access matrix test walks this list. */
export interface RegisteredRoute {
  method: string;
  url: string;
  policy: Policy;
}

/** Runs after authentication (onRequest), so a refused request never reaches validation or the handler. */
export function enforcePolicy(request: FastifyRequest): void {
  // Unknown paths reach the not-found handler, which reveals nothing.
  if (request.is404) return;
  const config = request.routeOptions.config;
  const policy = config.policy;
  if (!policy) throw new ProblemError(403, 'forbidden');
  if (!policy.public && request.user === null) throw new ProblemError(401, 'unauthenticated');
  const stage = request.user?.secondFactor ?? 'ok';
  if (stage !== 'ok' && !policy.public && !config.secondFactorStages?.includes(stage)) {
    throw new ProblemError(403, stage === 'verify' ? 'second_factor_required' : 'second_factor_setup_required');
  }
  if (request.user?.mustChangePassword && !policy.public && !config.allowPendingPasswordChange) {
    throw new ProblemError(403, 'password_change_required');
  }
  if (!policy.allows(request.user, request)) {
    throw new ProblemError(request.user === null ? 401 : 403, request.user === null ? 'unauthenticated' : 'forbidden');
  }
}
