import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSessionUser } from '../../server/modules/auth/schema';
import { api } from '../api/client';
import { sessionQuery, useSessionUser } from '../auth/session';
import { AlarmShell } from './alarm/AlarmShell';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor } from './navigation';

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

/**
 * The main menu. On a phone only the primary entries show until "Menu" is pressed; the menu closes again after a
 * choice, so the page, not the menu, fills the small screen.
 */
function MainMenu({ user }: { user: TSessionUser }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the effect of a new pathname
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav aria-label={t('nav.label')} className={`regie-nav${open ? ' regie-nav--open' : ''}`}>
      <button
        type="button"
        className="regie-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('nav.closeMenu') : t('nav.menu')}
      </button>
      <ul className="regie-nav__list" id={listId}>
        {navItemsFor(user).map((item) => (
          <li key={item.to} className={item.primary ? 'regie-nav__item regie-nav__item--primary' : 'regie-nav__item'}>
            <Link to={item.to} className="regie-nav__link" activeOptions={{ exact: item.exact ?? false }}>
              {t(`nav.${item.label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
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
        {signedIn && <MainMenu user={user} />}
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
