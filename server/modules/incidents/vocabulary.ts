/**
 * The words of an incident report (issue 7, DOMAIN.md). Pure data: the web client imports this file too.
 */
export const LOCATION_KINDS = ['office', 'department', 'home_visit', 'public_space', 'online'] as const;
export const FORMS = [
  'verbal',
  'non_verbal',
  'threat',
  'discrimination',
  'sexual_intimidation',
  'physical',
  'property_damage',
  'written',
] as const;
export const NATURES = ['instrumental', 'emotional'] as const;
export const ROUTES = ['manager', 'safety_officer'] as const;
export const CASE_STATUSES = ['new', 'in_progress', 'measures_decided', 'closed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The case moves forward one status at a time; a closed case can be reopened while not archived. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['in_progress'],
  in_progress: ['measures_decided', 'closed'],
  measures_decided: ['closed', 'in_progress'],
  closed: ['archived', 'in_progress'],
  archived: [],
};

/** Follow-up tasks of a case, with their deadline in working days after the report (registration within 1). */
export const CASE_TASKS = {
  register_incident: 1,
  inform_director: 1,
  decide_measures: 3,
  plan_ordegesprek: 5,
} as const;

/**
 * National agreements for employees with a public task (ELA/VPT): after physical violence or a threat the police
 * report is made within 2 working days of the incident.
 */
export const POLICE_REPORT_FORMS: readonly string[] = ['physical', 'threat'];
export const POLICE_REPORT_WORKING_DAYS = 2;
