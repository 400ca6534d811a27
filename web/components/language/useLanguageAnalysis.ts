import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AnalyseResponse } from '../../../server/modules/language/schema';
import type { AnalysisResult, Kind } from '../../../server/modules/language/types';
import { api } from '../../api/client';

export type { AnalysisResult, Kind };

/** Waits until `value` has been stable for `ms` before returning it, so typing does not fire a request per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The language assistant's analysis of one text, fetched from `POST /api/v1/language/analyse` once the writer
 * pauses (debounced), cached per text. Empty text gives no request and no result. The previous result stays
 * visible while a new one loads, so marks do not flicker while typing.
 *
 * ```tsx
 * const { result } = useLanguageAnalysis('report', text);
 * ```
 */
export function useLanguageAnalysis(kind: Kind, text: string, { debounceMs = 400, enabled = true } = {}) {
  const debounced = useDebounced(text, debounceMs);
  const active = enabled && debounced.trim() !== '';
  const query = useQuery({
    queryKey: ['language', kind, debounced],
    queryFn: async () => {
      const response = await api<AnalyseResponse>('POST', '/api/v1/language/analyse', {
        items: [{ id: 'text', kind, text: debounced }],
      });
      return response.results[0] as AnalysisResult;
    },
    enabled: active,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return {
    /** The analysis of the text as it was when the writer paused; null while there is nothing to show. */
    result: active ? (query.data ?? null) : null,
    /** True while the text on screen is newer than the analysis shown. */
    isUpdating: active && (debounced !== text || query.isFetching),
    error: query.error,
  };
}
