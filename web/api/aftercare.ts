import { queryOptions } from '@tanstack/react-query';
import type {
  TAftercareSettings,
  TCheckin,
  TIncidentAftercare,
  TProposal,
  TReferral,
} from '../../server/modules/aftercare/schema';
import { api } from './client';

export const myCheckinsQuery = queryOptions({
  queryKey: ['aftercare', 'mine'],
  queryFn: async () => (await api<{ checkins: TCheckin[] }>('GET', '/api/v1/aftercare/mine')).checkins,
});

export const aftercareQueueQuery = queryOptions({
  queryKey: ['aftercare', 'queue'],
  queryFn: async () => (await api<{ checkins: TCheckin[] }>('GET', '/api/v1/aftercare/queue')).checkins,
});

export function incidentAftercareQuery(incidentId: string) {
  return queryOptions({
    queryKey: ['aftercare', 'incident', incidentId],
    queryFn: () => api<TIncidentAftercare>('GET', `/api/v1/incidents/${incidentId}/aftercare`),
  });
}

export const proposalsQuery = queryOptions({
  queryKey: ['aftercare', 'proposals'],
  queryFn: () => api<{ proposals: TProposal[]; currentVersion: number | null }>('GET', '/api/v1/aftercare/proposals'),
});

export const referralsQuery = queryOptions({
  queryKey: ['aftercare', 'referrals'],
  queryFn: async () => (await api<{ referrals: TReferral[] }>('GET', '/api/v1/aftercare/referrals')).referrals,
});

export const aftercareSettingsQuery = queryOptions({
  queryKey: ['aftercare', 'settings'],
  queryFn: () => api<TAftercareSettings>('GET', '/api/v1/aftercare/settings'),
});
