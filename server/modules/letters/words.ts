import { longDate } from '../../time/spoken-dates.js';

/**
 * Dutch names of the vocabulary for documents that leave the organisation (letters to clients, the dossier for
 * the police). They are written in Dutch whatever the user's screen language: the reader is Dutch.
 */
export const MEASURE_NAMES: Record<string, string> = {
  verbal_warning: 'Mondelinge waarschuwing',
  written_warning: 'Schriftelijke waarschuwing',
  yellow_card: 'Gele kaart',
  red_card: 'Rode kaart',
  contact_restriction: 'Contactbeperking',
  access_ban: 'Toegangsbeperking',
  police_report: 'Aangifte',
  civil_letter: 'Civielrechtelijke brief / schadeverhaal',
  no_measure: 'Geen maatregel',
};

export const RESTRICTION_NAMES: Record<string, string> = {
  phone_only: 'alleen telefonisch',
  one_contact: 'alleen met één vaste contactpersoon',
  appointment_only: 'alleen op afspraak',
  writing_only: 'alleen schriftelijk',
};

export const FORM_NAMES: Record<string, string> = {
  verbal: 'Verbaal (schelden, schreeuwen)',
  non_verbal: 'Non-verbaal / intimidatie',
  threat: 'Bedreiging',
  discrimination: 'Discriminatie',
  sexual_intimidation: 'Seksuele intimidatie',
  physical: 'Fysiek geweld',
  property_damage: 'Vernieling',
  written: 'Schriftelijk',
};

export const CHANNEL_NAMES: Record<string, string> = {
  desk: 'Balie',
  telephone: 'Telefoon',
  home_visit: 'Huisbezoek',
  written: 'Schriftelijk / e-mail',
  online: 'Online / sociale media',
  public_space: 'Openbare ruimte',
  other: 'Anders',
};

export const LOCATION_NAMES: Record<string, string> = {
  office: 'Kantoor',
  department: 'Afdeling',
  home_visit: 'Huisbezoek',
  public_space: 'Openbare ruimte',
  online: 'Online',
};

export const NATURE_NAMES: Record<string, string> = {
  instrumental: 'Instrumenteel (druk om iets gedaan te krijgen)',
  emotional: 'Emotioneel (frustratie)',
};

export const STATUS_NAMES: Record<string, string> = {
  pending_approval: 'wacht op goedkeuring van de directeur',
  decided: 'besloten',
  rejected: 'afgewezen door de directeur',
};

/** "125,50" for "125.5". */
export function dutchAmount(amount: string): string {
  const [whole = '0', cents = ''] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${`${cents}00`.slice(0, 2)}`;
}

export function dutchPeriod(startsOn: string, endsOn: string | null): string {
  return endsOn ? `van ${longDate(startsOn)} tot en met ${longDate(endsOn)}` : `vanaf ${longDate(startsOn)}`;
}

export const TASK_NAMES: Record<string, string> = {
  register_incident: 'incident registreren',
  inform_director: 'directeur informeren',
  decide_measures: 'maatregelen besluiten',
  plan_ordegesprek: 'ordegesprek plannen',
  police_report: 'aangifte doen',
  report_inspectorate: 'melden aan de Arbeidsinspectie',
};
