import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { hasRole, sessionQuery, useSessionUser } from './auth/session';
import { Layout } from './components/Layout';
import { AccountPage } from './routes/AccountPage';
import { AuditPage } from './routes/admin/AuditPage';
import { NewUserPage } from './routes/admin/NewUserPage';
import { OrganisationPage } from './routes/admin/OrganisationPage';
import { UserDetailPage } from './routes/admin/UserDetailPage';
import { UsersPage } from './routes/admin/UsersPage';
import { ChangePasswordPage } from './routes/ChangePasswordPage';
import { HomePage } from './routes/HomePage';
import { HandlingPage } from './routes/handling/HandlingPage';
import { LoginPage } from './routes/LoginPage';
import { ProtocolEditorPage } from './routes/protocol/ProtocolEditorPage';
import { ProtocolPage } from './routes/protocol/ProtocolPage';
import { ForbiddenPage, NotFoundPage } from './routes/StatusPages';
import { AuthoringListPage } from './routes/training/authoring/AuthoringListPage';
import { ScenarioEditorPage } from './routes/training/authoring/ScenarioEditorPage';
import { ModulePage } from './routes/training/ModulePage';
import { PlayPage } from './routes/training/PlayPage';
import { RequirementsEditorPage } from './routes/training/RequirementsEditorPage';
import { SessionsPage } from './routes/training/SessionsPage';
import { SignalCardPage } from './routes/training/SignalCardPage';
import { TrainingPage } from './routes/training/TrainingPage';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ to: '/' });
  },
  component: LoginPage,
});

/** Everything below needs a session; a pending password change comes first. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (session.user.mustChangePassword && location.pathname !== '/change-password') {
      throw redirect({ to: '/change-password' });
    }
  },
  component: Outlet,
});

const homeRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: HomePage });
const accountRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/account', component: AccountPage });
const changePasswordRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/change-password',
  component: ChangePasswordPage,
});

function AdminOnly() {
  const user = useSessionUser();
  return hasRole(user, 'admin') ? <Outlet /> : <ForbiddenPage />;
}

const handlingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/handling/$handlingId',
  component: HandlingPage,
});
const protocolRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/protocol', component: ProtocolPage });

function SafetyOfficerOnly() {
  const user = useSessionUser();
  return hasRole(user, 'safety_officer') ? <ProtocolEditorPage /> : <ForbiddenPage />;
}
const protocolEditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/protocol/edit',
  component: SafetyOfficerOnly,
});

const trainingRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/training', component: TrainingPage });
const moduleRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/training/modules/$moduleId',
  component: ModulePage,
});
const signalCardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/signal-card',
  component: SignalCardPage,
});
const attemptRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/training/attempts/$attemptId',
  component: PlayPage,
});
function ScenarioAuthorOnly() {
  const user = useSessionUser();
  return hasRole(user, 'safety_officer') ? <Outlet /> : <ForbiddenPage />;
}
const authoringRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/training/authoring',
  component: ScenarioAuthorOnly,
});
function RequirementsAuthorOnly() {
  const user = useSessionUser();
  return hasRole(user, 'safety_officer') ? <RequirementsEditorPage /> : <ForbiddenPage />;
}
const requirementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/training/requirements',
  component: RequirementsAuthorOnly,
});
function SessionsPlannerOnly() {
  const user = useSessionUser();
  return hasRole(user, 'safety_officer') ? <SessionsPage /> : <ForbiddenPage />;
}
const sessionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/training/sessions',
  component: SessionsPlannerOnly,
});
const authoringListRoute = createRoute({
  getParentRoute: () => authoringRoute,
  path: '/',
  component: AuthoringListPage,
});
const authoringEditRoute = createRoute({
  getParentRoute: () => authoringRoute,
  path: '/$scenarioId',
  component: ScenarioEditorPage,
});

const adminRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/admin', component: AdminOnly });
const organisationRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organisation',
  component: OrganisationPage,
});
const usersRoute = createRoute({ getParentRoute: () => adminRoute, path: '/users', component: UsersPage });
const newUserRoute = createRoute({ getParentRoute: () => adminRoute, path: '/users/new', component: NewUserPage });
const userRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users/$userId',
  validateSearch: (search: Record<string, unknown>): { created?: boolean } =>
    search.created === true ? { created: true } : {},
  component: UserDetailPage,
});
const auditRoute = createRoute({ getParentRoute: () => adminRoute, path: '/audit', component: AuditPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([
    homeRoute,
    accountRoute,
    changePasswordRoute,
    protocolRoute,
    handlingRoute,
    protocolEditRoute,
    trainingRoute,
    attemptRoute,
    signalCardRoute,
    moduleRoute,
    requirementsRoute,
    sessionsRoute,
    authoringRoute.addChildren([authoringListRoute, authoringEditRoute]),
    adminRoute.addChildren([organisationRoute, usersRoute, newUserRoute, userRoute, auditRoute]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
