import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles.css';
import './i18n';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { sessionQuery } from './auth/session';
import { createAppRouter } from './router';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // The session ended (expired, signed out elsewhere, account deactivated): back to the login page.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) {
        queryClient.setQueryData(sessionQuery.queryKey, null);
        void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
      }
    },
  }),
  defaultOptions: {
    queries: {
      // A refused request will not succeed by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});
const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
