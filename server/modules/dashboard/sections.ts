import { aftercareSection } from './kpis/aftercare.js';
import { alarmsSection } from './kpis/alarms.js';
import { auditsSection } from './kpis/audits.js';
import { complaintsSection } from './kpis/complaints.js';
import { complianceSection } from './kpis/compliance.js';
import { impactSection } from './kpis/impact.js';
import { incidentsSection } from './kpis/incidents.js';
import { languageSection } from './kpis/language.js';
import { measuresSection } from './kpis/measures.js';
import { reportingSection } from './kpis/reporting.js';
import type { SectionSpec } from './kpis/types.js';
import { withReadSettings } from './reading.js';

/**
 * The dashboard, in the order it is shown. A new figure family is one file in kpis/ and one line here. Survey
 * results (baseline and re-measurement) have their own page with their own anonymity rules (surveys/). Each section
 * measures in its own transaction with the dashboard's read settings (reading.ts).
 */
export const SECTIONS: readonly SectionSpec[] = [
  incidentsSection,
  reportingSection,
  measuresSection,
  alarmsSection,
  complianceSection,
  languageSection,
  impactSection,
  aftercareSection,
  auditsSection,
  complaintsSection,
].map(withReadSettings);
