import { queryOptions } from '@tanstack/react-query';
import type { TAttempt, TCustomScenario, TScenarioSummary } from '../../server/modules/training/schema';
import { api } from './client';

export const scenariosQuery = queryOptions({
  queryKey: ['training', 'scenarios'],
  queryFn: async () => (await api<{ scenarios: TScenarioSummary[] }>('GET', '/api/v1/training/scenarios')).scenarios,
});

export function attemptQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'attempts', id],
    queryFn: () => api<TAttempt>('GET', `/api/v1/training/attempts/${id}`),
  });
}

export const authoredScenariosQuery = queryOptions({
  queryKey: ['training', 'authoring'],
  queryFn: async () =>
    (await api<{ scenarios: TCustomScenario[] }>('GET', '/api/v1/training/authoring/scenarios')).scenarios,
});

export function authoredScenarioQuery(id: string) {
  return queryOptions({
    queryKey: ['training', 'authoring', id],
    queryFn: () => api<TCustomScenario>('GET', `/api/v1/training/authoring/scenarios/${id}`),
  });
}

export function startAttempt(scenarioId: string): Promise<TAttempt> {
  return api<TAttempt>('POST', '/api/v1/training/attempts', { scenarioId });
}
