import { queryOptions } from '@tanstack/react-query';
import type { TClient, TClientSummary } from '../../server/modules/clients/schema';
import type { TIncident, TIncidentListItem, TMyIncident } from '../../server/modules/incidents/schema';
import type { TMeasureForApproval } from '../../server/modules/measures/schema';
import { api } from './client';

export function clientSearchQuery(term: string) {
  return queryOptions({
    queryKey: ['clients', 'search', term],
    queryFn: async () =>
      (await api<{ clients: TClientSummary[] }>('GET', `/api/v1/clients?q=${encodeURIComponent(term)}`)).clients,
  });
}

export function clientQuery(id: string) {
  return queryOptions({ queryKey: ['clients', id], queryFn: () => api<TClient>('GET', `/api/v1/clients/${id}`) });
}

export function incidentQuery(id: string) {
  return queryOptions({
    queryKey: ['incidents', id],
    queryFn: () => api<TIncident>('GET', `/api/v1/incidents/${id}`),
  });
}

export const myIncidentsQuery = queryOptions({
  queryKey: ['incidents', 'mine'],
  queryFn: async () => (await api<{ incidents: TMyIncident[] }>('GET', '/api/v1/incidents/mine')).incidents,
});

export function incidentListQuery(search: string) {
  return queryOptions({
    queryKey: ['incidents', 'list', search],
    queryFn: async () =>
      (await api<{ incidents: TIncidentListItem[] }>('GET', `/api/v1/incidents?${search}`)).incidents,
  });
}

export const approvalsQuery = queryOptions({
  queryKey: ['measures', 'approvals'],
  queryFn: async () => (await api<{ measures: TMeasureForApproval[] }>('GET', '/api/v1/measures/approvals')).measures,
});

export const reviewsDueQuery = queryOptions({
  queryKey: ['measures', 'reviews-due'],
  queryFn: async () => (await api<{ measures: TMeasureForApproval[] }>('GET', '/api/v1/measures/reviews-due')).measures,
});
