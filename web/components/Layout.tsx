import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { hasRole, sessionQuery, useSessionUser } from '../auth/session';
import { AlarmShell } from './alarm/AlarmShell';
import { LanguageSwitch } from './LanguageSwitch';

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  async function signOut() {
    try {
      await api('POST', '/api/v1/auth/logout');
    } finally {
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
      await navigate({ to: '/login' });
    }
  }
  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void signOut()}>
      {t('nav.signOut')}
    </button>
  );
}

/**
 * After an in-app navigation, focus moves to the new page's heading so that screen-reader and keyboard users
 * start at the top of it. Not on the first load: there the skip link must come first.
 */
function useFocusHeadingOnNavigation() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const timer = setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }), 0);
    return () => clearTimeout(timer);
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  useFocusHeadingOnNavigation();
  const user = useSessionUser();
  const signedIn = user !== null && !user.mustChangePassword && user.secondFactor === 'ok';
  return (
    <div className="utrecht-theme regie-app">
      <a href="#main" className="regie-skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className="regie-header">
        <div className="regie-header__bar">
          <Link to="/" className="regie-brand">
            Regie
          </Link>
          <div className="regie-header__tools">
            <LanguageSwitch />
            {user && <SignOutButton />}
          </div>
        </div>
        {signedIn && (
          <nav aria-label={t('nav.label')} className="regie-nav">
            <ul className="regie-nav__list">
              <li>
                <Link to="/" className="regie-nav__link" activeOptions={{ exact: true }}>
                  {t('nav.home')}
                </Link>
              </li>
              <li>
                <Link to="/protocol" className="regie-nav__link">
                  {t('nav.protocol')}
                </Link>
              </li>
              <li>
                <Link to="/language" className="regie-nav__link">
                  {t('nav.languageHelp')}
                </Link>
              </li>
              {hasRole(user, 'employee', 'responder', 'manager', 'safety_officer') && (
                <li>
                  <Link to="/incidents/mine" className="regie-nav__link">
                    {t('nav.myReports')}
                  </Link>
                </li>
              )}
              {hasRole(user, 'manager', 'safety_officer') && (
                <li>
                  <Link to="/incidents" className="regie-nav__link" activeOptions={{ exact: true }}>
                    {t('nav.cases')}
                  </Link>
                </li>
              )}
              {hasRole(user, 'employee', 'responder', 'manager', 'director', 'safety_officer') && (
                <li>
                  <Link to="/clients" className="regie-nav__link">
                    {t('nav.clients')}
                  </Link>
                </li>
              )}
              {hasRole(user, 'director') && (
                <li>
                  <Link to="/measures/approvals" className="regie-nav__link">
                    {t('nav.approvals')}
                  </Link>
                </li>
              )}
              <li>
                <Link to="/training" className="regie-nav__link">
                  {t('nav.training')}
                </Link>
              </li>
              {hasRole(user, 'admin') && (
                <>
                  <li>
                    <Link to="/admin/organisation" className="regie-nav__link">
                      {t('nav.organisation')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/admin/users" className="regie-nav__link">
                      {t('nav.users')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/admin/audit" className="regie-nav__link">
                      {t('nav.audit')}
                    </Link>
                  </li>
                  <li>
                    <Link to="/admin/webhooks" className="regie-nav__link">
                      {t('nav.webhooks')}
                    </Link>
                  </li>
                </>
              )}
              {hasRole(user, 'employee', 'responder', 'manager') && (
                <li>
                  <Link to="/alarm" className="regie-nav__link">
                    {t('nav.alarm')}
                  </Link>
                </li>
              )}
              {hasRole(user, 'manager', 'safety_officer', 'admin') && (
                <li>
                  <Link to="/duty" className="regie-nav__link">
                    {t('nav.duty')}
                  </Link>
                </li>
              )}
              <li>
                <Link to="/account" className="regie-nav__link">
                  {t('nav.account')}
                </Link>
              </li>
            </ul>
          </nav>
        )}
        {signedIn && <AlarmShell user={user} />}
      </header>
      <main id="main" className="regie-main">
        <Outlet />
      </main>
      <footer className="regie-footer">
        <p className="utrecht-paragraph">{t('footer.emergency')}</p>
      </footer>
    </div>
  );
}
