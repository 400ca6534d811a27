import type { Role } from '../users/roles.js';

/** The one password of every demo account. Refused at login in production mode. */
export const DEMO_PASSWORD = 'Regie-demo-2026';

export const DEMO_DOMAIN = 'wonenzuid.example';

/** One demo login per role, printed at start. */
export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
  { email: `medewerker@${DEMO_DOMAIN}`, name: 'Sanne de Vries', roles: ['employee'] },
  { email: `interventie@${DEMO_DOMAIN}`, name: 'Mehmet Yilmaz', roles: ['employee', 'responder'] },
  { email: `leidinggevende@${DEMO_DOMAIN}`, name: 'Joost Bakker', roles: ['manager', 'responder'] },
  { email: `directeur@${DEMO_DOMAIN}`, name: 'Anouk Visser', roles: ['director'] },
  { email: `preventie@${DEMO_DOMAIN}`, name: 'Joyce Herzig', roles: ['safety_officer'] },
  { email: `hr@${DEMO_DOMAIN}`, name: 'Priya Ramdin', roles: ['hr'] },
  { email: `vertrouwenspersoon@${DEMO_DOMAIN}`, name: 'Karin Smit', roles: ['confidant'] },
  { email: `beheer@${DEMO_DOMAIN}`, name: 'Tom Jansen', roles: ['admin'] },
];
