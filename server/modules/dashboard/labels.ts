/**
 * Which i18n key names a row of a dashboard table. Pure: the web client and the evidence PDF both use it, so a
 * form or measure is called the same everywhere (the words already exist for the incident form and measures).
 */
export function rowLabelKey(section: string, table: string, key: string): string {
  if (key === 'unknown') return 'dashboard.rows.unknown';
  if (key === 'organisation') return 'dashboard.rows.organisation';
  if (section === 'incidents' && table === 'byForm') return `incidents.formNames.${key}`;
  if (section === 'incidents' && table === 'byChannel') return `incidents.channels.${key}`;
  if (section === 'incidents' && table === 'byPhase') return `incidents.phases.${key}`;
  if (section === 'measures') return `measures.kind.${key}`;
  if (section === 'compliance') return `handling.start.${key}`;
  return `dashboard.rows.${key}`;
}
