import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { hasRole, sessionQuery, useSessionUser } from './auth/session';
import { AlarmRoot } from './components/alarm/AlarmRoot';
import { AccountPage } from './routes/AccountPage';
import { SecondFactorPage } from './routes/account/SecondFactorPage';
import { AlarmDetailPage } from './routes/alarm/AlarmDetailPage';
import { AlarmPage } from './routes/alarm/AlarmPage';
import { ChangePasswordPage } from './routes/ChangePasswordPage';
import { HomePage } from './routes/HomePage';
import { HandlingPage } from './routes/handling/HandlingPage';
import { LoginPage } from './routes/LoginPage';
import { ForbiddenPage, NotFoundPage } from './routes/StatusPages';

// Screens for some roles or for later: loaded when first opened, so that signing in and the alarm start fast.
const TwoFactorPage = lazyRouteComponent(() => import('./routes/account/TwoFactorPage'), 'TwoFactorPage');
const AuditPage = lazyRouteComponent(() => import('./routes/admin/AuditPage'), 'AuditPage');
const NewUserPage = lazyRouteComponent(() => import('./routes/admin/NewUserPage'), 'NewUserPage');
const OrganisationPage = lazyRouteComponent(() => import('./routes/admin/OrganisationPage'), 'OrganisationPage');
const UserDetailPage = lazyRouteComponent(() => import('./routes/admin/UserDetailPage'), 'UserDetailPage');
const UsersPage = lazyRouteComponent(() => import('./routes/admin/UsersPage'), 'UsersPage');
const SsoSettingsPage = lazyRouteComponent(() => import('./routes/admin/SsoSettingsPage'), 'SsoSettingsPage');
const PrivacyRequestsPage = lazyRouteComponent(
  () => import('./routes/privacy/PrivacyRequestsPage'),
  'PrivacyRequestsPage',
);
const PrivacyRequestPage = lazyRouteComponent(
  () => import('./routes/privacy/PrivacyRequestPage'),
  'PrivacyRequestPage',
);
const RetentionPage = lazyRouteComponent(() => import('./routes/privacy/RetentionPage'), 'RetentionPage');
const WebhookPage = lazyRouteComponent(() => import('./routes/admin/webhooks/WebhookPage'), 'WebhookPage');
const WebhooksPage = lazyRouteComponent(() => import('./routes/admin/webhooks/WebhooksPage'), 'WebhooksPage');
const DutyPage = lazyRouteComponent(() => import('./routes/alarm/DutyPage'), 'DutyPage');
const ClientPage = lazyRouteComponent(() => import('./routes/clients/ClientPage'), 'ClientPage');
const ClientsPage = lazyRouteComponent(() => import('./routes/clients/ClientsPage'), 'ClientsPage');
const ConfidentialDetailPage = lazyRouteComponent(
  () => import('./routes/confidential/ConfidentialDetailPage'),
  'ConfidentialDetailPage',
);
const ConfidentialListPage = lazyRouteComponent(
  () => import('./routes/confidential/ConfidentialListPage'),
  'ConfidentialListPage',
);
const ConfidentialReportPage = lazyRouteComponent(
  () => import('./routes/confidential/ConfidentialReportPage'),
  'ConfidentialReportPage',
);
const FollowConfidentialPage = lazyRouteComponent(
  () => import('./routes/confidential/FollowConfidentialPage'),
  'FollowConfidentialPage',
);
const LetterPage = lazyRouteComponent(() => import('./routes/letters/LetterPage'), 'LetterPage');
const LetterTemplatesPage = lazyRouteComponent(
  () => import('./routes/letters/LetterTemplatesPage'),
  'LetterTemplatesPage',
);
const CompliancePage = lazyRouteComponent(() => import('./routes/compliance/CompliancePage'), 'CompliancePage');
const DashboardPage = lazyRouteComponent(() => import('./routes/dashboard/DashboardPage'), 'DashboardPage');
const ComplaintsPage = lazyRouteComponent(() => import('./routes/dashboard/ComplaintsPage'), 'ComplaintsPage');
const AftercarePage = lazyRouteComponent(() => import('./routes/aftercare/AftercarePage'), 'AftercarePage');
const ProposalsPage = lazyRouteComponent(() => import('./routes/aftercare/ProposalsPage'), 'ProposalsPage');
const ReferralsPage = lazyRouteComponent(() => import('./routes/aftercare/ReferralsPage'), 'ReferralsPage');
const AftercareSettingsPage = lazyRouteComponent(
  () => import('./routes/aftercare/SettingsPage'),
  'AftercareSettingsPage',
);
const ApprovalsPage = lazyRouteComponent(() => import('./routes/incidents/ApprovalsPage'), 'ApprovalsPage');
const IncidentListPage = lazyRouteComponent(() => import('./routes/incidents/IncidentListPage'), 'IncidentListPage');
const IncidentPage = lazyRouteComponent(() => import('./routes/incidents/IncidentPage'), 'IncidentPage');
const MyReportsPage = lazyRouteComponent(() => import('./routes/incidents/MyReportsPage'), 'MyReportsPage');
const ReportPage = lazyRouteComponent(() => import('./routes/incidents/ReportPage'), 'ReportPage');
const ReportAuditPage = lazyRouteComponent(() => import('./routes/language/ReportAuditPage'), 'ReportAuditPage');
const LanguagePage = lazyRouteComponent(() => import('./routes/language/LanguagePage'), 'LanguagePage');
const ProtocolEditorPage = lazyRouteComponent(
  () => import('./routes/protocol/ProtocolEditorPage'),
  'ProtocolEditorPage',
);
const ProtocolPage = lazyRouteComponent(() => import('./routes/protocol/ProtocolPage'), 'ProtocolPage');
const AuthoringListPage = lazyRouteComponent(
  () => import('./routes/training/authoring/AuthoringListPage'),
  'AuthoringListPage',
);
const ScenarioEditorPage = lazyRouteComponent(
  () => import('./routes/training/authoring/ScenarioEditorPage'),
  'ScenarioEditorPage',
);
const ModulePage = lazyRouteComponent(() => import('./routes/training/ModulePage'), 'ModulePage');
const PlayPage = lazyRouteComponent(() => import('./routes/training/PlayPage'), 'PlayPage');
const RequirementsEditorPage = lazyRouteComponent(
  () => import('./routes/training/RequirementsEditorPage'),
  'RequirementsEditorPage',
);
const PlansPage = lazyRouteComponent(() => import('./routes/plans/PlansPage'), 'PlansPage');
const PlanPage = lazyRouteComponent(() => import('./routes/plans/PlanPage'), 'PlanPage');
const MyPlanItemsPage = lazyRouteComponent(() => import('./routes/plans/PlanPage'), 'MyPlanItemsPage');
const AuditsPage = lazyRouteComponent(() => import('./routes/audits/AuditsPage'), 'AuditsPage');
const ReportAuditFormPage = lazyRouteComponent(() => import('./routes/audits/AuditPage'), 'AuditPage');
const SessionsPage = lazyRouteComponent(() => import('./routes/training/SessionsPage'), 'SessionsPage');
const SignalCardPage = lazyRouteComponent(() => import('./routes/training/SignalCardPage'), 'SignalCardPage');
const TrainingPage = lazyRouteComponent(() => import('./routes/training/TrainingPage'), 'TrainingPage');
const SurveysPage = lazyRouteComponent(() => import('./routes/surveys/SurveysPage'), 'SurveysPage');
const CampaignPage = lazyRouteComponent(() => import('./routes/surveys/CampaignPage'), 'CampaignPage');
const SurveyResultsPage = lazyRouteComponent(() => import('./routes/surveys/ResultsPage'), 'ResultsPage');
const AnswerPage = lazyRouteComponent(() => import('./routes/surveys/AnswerPage'), 'AnswerPage');

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The layout inside the live alarm connection (web/components/alarm/AlarmRoot.tsx).
  component: AlarmRoot,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; sso?: string } => ({
    ...(typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
    // Why a sign-in through the organisation failed (the SSO callback sends the browser back with a code).
    ...(typeof search.sso === 'string' ? { sso: search.sso } : {}),
  }),
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
const reportAuditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/language/audit',
  component: only(['safety_officer'], ReportAuditPage),
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

/** Pages for some roles only; the server refuses the data to anyone else regardless. */
function only(roles: Parameters<typeof hasRole>[1][], Page: React.ComponentType) {
  return function Guarded() {
    const user = useSessionUser();
    return hasRole(user, ...roles) ? <Page /> : <ForbiddenPage />;
  };
}
const complianceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/protocol/compliance',
  component: only(['safety_officer', 'director', 'manager'], CompliancePage),
});
const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/dashboard',
  component: only(['director', 'safety_officer', 'manager', 'hr'], DashboardPage),
});
const complaintsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/dashboard/complaints',
  component: only(['safety_officer'], ComplaintsPage),
});
const clientsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/clients',
  component: only(['employee', 'responder', 'manager', 'director', 'safety_officer'], ClientsPage),
});
const clientRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/clients/$clientId',
  component: only(['employee', 'responder', 'manager', 'director', 'safety_officer'], ClientPage),
});
const incidentListRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/incidents',
  component: only(['manager', 'safety_officer'], IncidentListPage),
});
const myIncidentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/incidents/mine',
  component: MyReportsPage,
});
const incidentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/incidents/$incidentId',
  validateSearch: (search: Record<string, unknown>): { sent?: boolean } => (search.sent === true ? { sent: true } : {}),
  component: IncidentPage,
});
const reportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/incidents/$incidentId/edit',
  component: ReportPage,
});
const approvalsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/measures/approvals',
  component: only(['director'], ApprovalsPage),
});
const aftercareRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/aftercare',
  component: AftercarePage,
});
const proposalsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/aftercare/proposals',
  component: only(['safety_officer'], ProposalsPage),
});
const referralsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/aftercare/referrals',
  component: only(['hr'], ReferralsPage),
});
const aftercareSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/aftercare/settings',
  component: only(['safety_officer', 'admin'], AftercareSettingsPage),
});
const alarmRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/alarm', component: AlarmPage });
const alarmDetailRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/alarm/$alarmId',
  component: AlarmDetailPage,
});
const dutyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/duty',
  component: only(['manager', 'safety_officer', 'admin'], DutyPage),
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
const plansRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans',
  component: only(['manager', 'safety_officer', 'director'], PlansPage),
  validateSearch: (search: Record<string, unknown>): { sessionId?: string } =>
    typeof search.sessionId === 'string' ? { sessionId: search.sessionId } : {},
});
const myPlanItemsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans/mine',
  component: MyPlanItemsPage,
});
const planRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/plans/$planId',
  component: only(['manager', 'safety_officer', 'director'], PlanPage),
});
const auditsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audits',
  component: only(['manager', 'safety_officer', 'director'], AuditsPage),
});
const reportAuditDetailRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audits/$auditId',
  component: only(['safety_officer', 'director'], ReportAuditFormPage),
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

const surveysRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/surveys',
  component: only(['safety_officer', 'director', 'hr', 'manager'], SurveysPage),
});
const campaignRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/surveys/$campaignId',
  component: only(['safety_officer'], CampaignPage),
});
const surveyResultsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/surveys/$campaignId/results',
  component: only(['safety_officer', 'director', 'hr', 'manager'], SurveyResultsPage),
});
/** Every invited person answers here, from the e-mail's link or the home screen. */
const answerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/surveys/answer/$campaignId',
  component: AnswerPage,
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
const letterRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/measures/$measureId/letter',
  component: only(['manager', 'safety_officer'], LetterPage),
});
const letterTemplatesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/letters/templates',
  component: only(['safety_officer'], LetterTemplatesPage),
});
// Everyone may report unwanted behaviour by a colleague; only the confidential counsellor reads the reports.
const confidentialReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/confidential',
  component: ConfidentialReportPage,
});
const confidentialFollowRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/confidential/follow',
  component: FollowConfidentialPage,
});
const confidentialListRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/confidential/reports',
  component: only(['confidant'], ConfidentialListPage),
});
const confidentialDetailRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/confidential/reports/$reportId',
  component: only(['confidant'], ConfidentialDetailPage),
});
const auditRoute = createRoute({ getParentRoute: () => adminRoute, path: '/audit', component: AuditPage });
const webhooksRoute = createRoute({ getParentRoute: () => adminRoute, path: '/webhooks', component: WebhooksPage });
const webhookRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/webhooks/$webhookId',
  component: WebhookPage,
});

const ssoSettingsRoute = createRoute({ getParentRoute: () => adminRoute, path: '/sso', component: SsoSettingsPage });
// Privacy requests are the safety officer's; retention periods also the admin's (server/modules/privacy/policy.ts).
const privacyRequestsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/privacy',
  component: only(['safety_officer'], PrivacyRequestsPage),
});
const privacyRequestRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/privacy/$requestId',
  component: only(['safety_officer'], PrivacyRequestPage),
});
const retentionRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/privacy/retention',
  component: only(['admin', 'safety_officer'], RetentionPage),
});

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
    dashboardRoute,
    complaintsRoute,
    languageRoute,
    reportAuditRoute,
    clientsRoute,
    clientRoute,
    incidentListRoute,
    myIncidentsRoute,
    incidentRoute,
    reportRoute,
    approvalsRoute,
    aftercareRoute,
    proposalsRoute,
    referralsRoute,
    aftercareSettingsRoute,
    letterRoute,
    letterTemplatesRoute,
    confidentialReportRoute,
    confidentialFollowRoute,
    confidentialListRoute,
    confidentialDetailRoute,
    alarmRoute,
    alarmDetailRoute,
    dutyRoute,
    trainingRoute,
    attemptRoute,
    signalCardRoute,
    moduleRoute,
    requirementsRoute,
    sessionsRoute,
    surveysRoute,
    campaignRoute,
    surveyResultsRoute,
    answerRoute,
    plansRoute,
    myPlanItemsRoute,
    planRoute,
    auditsRoute,
    reportAuditDetailRoute,
    privacyRequestsRoute,
    privacyRequestRoute,
    retentionRoute,
    authoringRoute.addChildren([authoringListRoute, authoringEditRoute]),
    adminRoute.addChildren([
      organisationRoute,
      usersRoute,
      newUserRoute,
      userRoute,
      auditRoute,
      webhooksRoute,
      webhookRoute,
      ssoSettingsRoute,
    ]),
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
