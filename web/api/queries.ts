import { queryOptions } from '@tanstack/react-query';
import type { TOrgStructure } from '../../server/modules/org/schema';
import type { TUser } from '../../server/modules/users/schema';
import { api } from './client';

export const orgQuery = queryOptions({
  queryKey: ['org'],
  queryFn: () => api<TOrgStructure>('GET', '/api/v1/org'),
});

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: async () => (await api<{ users: TUser[] }>('GET', '/api/v1/users')).users,
});

export function userQuery(id: string) {
  return queryOptions({ queryKey: ['users', id], queryFn: () => api<TUser>('GET', `/api/v1/users/${id}`) });
}
