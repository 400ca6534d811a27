import type { TSessionUser } from '../../server/modules/auth/schema';
import { hasRole } from '../auth/session';

/**
 * The main menu as data: who sees which entry, in the order of a working day. The first group (home, alarm, own
 * reports) stays visible on a phone; the rest sits behind the "Menu" button there, so the alarm is never pushed
 * below the fold by a long menu.
 */
export interface NavItem {
  to: string;
  /** i18n key under nav. */
  label: string;
  exact?: boolean;
  /** Shown when this says so; absent means every signed-in user. */
  show?: (user: TSessionUser) => boolean;
  /** Always visible, also on a phone with the menu closed. */
  primary?: boolean;
}

const any =
  (...roles: Parameters<typeof hasRole>[1][]) =>
  (user: TSessionUser) =>
    hasRole(user, ...roles);

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'home', exact: true, primary: true },
  { to: '/alarm', label: 'alarm', show: any('employee', 'responder', 'manager'), primary: true },
  {
    to: '/incidents/mine',
    label: 'myReports',
    show: any('employee', 'responder', 'manager', 'safety_officer'),
    primary: true,
  },
  { to: '/protocol', label: 'protocol' },
  { to: '/language', label: 'languageHelp' },
  { to: '/incidents', label: 'cases', exact: true, show: any('manager', 'safety_officer') },
  { to: '/clients', label: 'clients', show: any('employee', 'responder', 'manager', 'director', 'safety_officer') },
  { to: '/aftercare', label: 'aftercare' },
  { to: '/measures/approvals', label: 'approvals', show: any('director') },
  { to: '/letters/templates', label: 'letterTemplates', show: any('safety_officer') },
  { to: '/training', label: 'training' },
  { to: '/plans', label: 'plans', show: any('manager', 'safety_officer', 'director') },
  { to: '/surveys', label: 'surveys', show: any('safety_officer', 'director', 'hr', 'manager') },
  { to: '/dashboard', label: 'dashboard', exact: true, show: any('director', 'safety_officer', 'manager', 'hr') },
  { to: '/duty', label: 'duty', show: any('manager', 'safety_officer', 'admin') },
  { to: '/privacy', label: 'privacy', show: any('safety_officer') },
  { to: '/confidential', label: 'confidential', exact: true, show: (user) => !hasRole(user, 'confidant') },
  { to: '/confidential/reports', label: 'confidentialReports', show: any('confidant') },
  { to: '/admin/organisation', label: 'organisation', show: any('admin') },
  { to: '/admin/users', label: 'users', show: any('admin') },
  { to: '/admin/sso', label: 'sso', show: any('admin') },
  { to: '/admin/audit', label: 'audit', show: any('admin') },
  { to: '/privacy/retention', label: 'retention', show: any('admin') },
  { to: '/admin/webhooks', label: 'webhooks', show: any('admin') },
  { to: '/account', label: 'account' },
];

export function navItemsFor(user: TSessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => item.show?.(user) ?? true);
}
