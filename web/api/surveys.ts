import { queryOptions } from '@tanstack/react-query';
import type {
  TCampaign,
  TCampaignSummary,
  TInvitation,
  TQuestionnaire,
  TResults,
  TResultsQuery,
} from '../../server/modules/surveys/schema';
import { api } from './client';

export const campaignsQuery = queryOptions({
  queryKey: ['surveys', 'campaigns'],
  queryFn: async () => (await api<{ campaigns: TCampaignSummary[] }>('GET', '/api/v1/surveys/campaigns')).campaigns,
});

export function campaignQuery(id: string) {
  return queryOptions({
    queryKey: ['surveys', 'campaigns', id],
    queryFn: () => api<TCampaign>('GET', `/api/v1/surveys/campaigns/${id}`),
  });
}

/** The query string of the results filters, shared by the page and its CSV link. */
export function resultsSearch(filter: TResultsQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function resultsQuery(id: string, filter: TResultsQuery) {
  return queryOptions({
    queryKey: ['surveys', 'results', id, filter],
    queryFn: () => api<TResults>('GET', `/api/v1/surveys/campaigns/${id}/results${resultsSearch(filter)}`),
  });
}

export const invitationsQuery = queryOptions({
  queryKey: ['surveys', 'invitations'],
  queryFn: async () => (await api<{ invitations: TInvitation[] }>('GET', '/api/v1/surveys/invitations')).invitations,
});

export function questionnaireQuery(id: string) {
  return queryOptions({
    queryKey: ['surveys', 'questionnaire', id],
    queryFn: () => api<TQuestionnaire>('GET', `/api/v1/surveys/invitations/${id}`),
    retry: false,
  });
}
