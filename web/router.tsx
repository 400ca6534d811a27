import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { hasRole, sessionQuery, useSessionUser } from './auth/session';
import { Layout } from './components/Layout';
import { AccountPage } from './routes/AccountPage';
import { SecondFactorPage } from './routes/account/SecondFactorPage';
import { TwoFactorPage } from './routes/account/TwoFactorPage';
import { AuditPage } from './routes/admin/AuditPage';
import { NewUserPage } from './routes/admin/NewUserPage';
import { OrganisationPage } from './routes/admin/OrganisationPage';
import { UserDetailPage } from './routes/admin/UserDetailPage';
import { UsersPage } from './routes/admin/UsersPage';
import { ChangePasswordPage } from './routes/ChangePasswordPage';
import { CompliancePage } from './routes/compliance/CompliancePage';
import { HomePage } from './routes/HomePage';
import { HandlingPage } from './routes/handling/HandlingPage';
import { LoginPage } from './routes/LoginPage';
import { LanguagePage } from './routes/language/LanguagePage';
import { ProtocolEditorPage } from './routes/protocol/ProtocolEditorPage';
import { ProtocolPage } from './routes/protocol/ProtocolPage';
import { ForbiddenPage, NotFoundPage } from './routes/StatusPages';

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

/** The second step of signing in: only for a session whose password was right and whose code is still to come. */
const secondFactorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/second-factor',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login' });
    if (session.user.secondFactor !== 'verify') throw redirect({ to: '/' });
  },
  component: SecondFactorPage,
});

/** Everything below needs a full session; pending sign-in steps come first. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    // The order of a sign-in: the code from the app, a new password, then setting up the app where required.
    if (session.user.secondFactor === 'verify') {
      throw redirect({ to: '/second-factor', search: { redirect: location.href } });
    }
    if (session.user.mustChangePassword && location.pathname !== '/change-password') {
      throw redirect({ to: '/change-password' });
    }
    if (session.user.secondFactor === 'setup' && location.pathname !== '/account/two-factor') {
      throw redirect({ to: '/account/two-factor' });
    }
  },
  component: Outlet,
});

const homeRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: HomePage });
const accountRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/account', component: AccountPage });
const twoFactorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account/two-factor',
  component: TwoFactorPage,
});
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
const languageRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/language', component: LanguagePage });
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

function ComplianceReaders() {
  const user = useSessionUser();
  const allowed = hasRole(user, 'safety_officer') || hasRole(user, 'director') || hasRole(user, 'manager');
  return allowed ? <CompliancePage /> : <ForbiddenPage />;
}
const complianceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/protocol/compliance',
  component: ComplianceReaders,
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
  secondFactorRoute,
  signedInRoute.addChildren([
    homeRoute,
    accountRoute,
    twoFactorRoute,
    changePasswordRoute,
    protocolRoute,
    handlingRoute,
    protocolEditRoute,
    complianceRoute,
    languageRoute,
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
