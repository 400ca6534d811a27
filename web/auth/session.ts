import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TSessionResponse, TSessionUser } from '../../server/modules/auth/schema';
import type { Role } from '../../server/modules/users/roles';
import { ApiError, api, setCsrfToken } from '../api/client';
import { applyLanguage } from '../i18n';

/** Who is signed in, or null. Loading it also arms the CSRF token and the user's language. */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<TSessionResponse | null> => {
    try {
      const session = await api<TSessionResponse>('GET', '/api/v1/auth/session');
      adoptSession(session);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function adoptSession(session: TSessionResponse): void {
  setCsrfToken(session.csrfToken);
  applyLanguage(session.user.language);
}

export function useSessionUser(): TSessionUser | null {
  return useQuery(sessionQuery).data?.user ?? null;
}

export function hasRole(user: TSessionUser | null, ...roles: Role[]): boolean {
  return user?.roles.some((role) => roles.includes(role)) ?? false;
}
