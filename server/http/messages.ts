/**
 * User-facing error messages of the API, per stable problem `code`, in Dutch (default) and English.
 * `{name}` placeholders are filled from the problem's params.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const nl = {
  validation_failed: 'De gegevens zijn niet compleet of niet juist. Controleer de gemarkeerde velden.',
  malformed_json: 'De gegevens konden niet worden gelezen: dit is geen geldige JSON.',
  body_too_large: 'De gegevens zijn te groot (maximaal {limit} bytes).',
  unsupported_media_type: 'Dit soort gegevens wordt niet ondersteund. Stuur JSON (application/json).',
  invalid_characters: 'De tekst bevat tekens die niet zijn toegestaan.',
  not_found: 'Deze pagina of dit gegeven bestaat niet.',
  unauthenticated: 'U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.',
  forbidden: 'U heeft geen toegang tot dit onderdeel.',
  csrf_failed: 'De beveiligingscontrole van dit verzoek is mislukt. Laad de pagina opnieuw en probeer het nog eens.',
  password_change_required: 'Kies eerst een nieuw wachtwoord.',
  invalid_credentials: 'Het e-mailadres of het wachtwoord klopt niet.',
  account_locked:
    'Te veel mislukte pogingen. Dit account is tijdelijk geblokkeerd; probeer het over {minutes} minuten opnieuw.',
  account_inactive: 'Dit account is gedeactiveerd. Neem contact op met de beheerder.',
  demo_password_refused:
    'Demo-wachtwoorden zijn in productie niet toegestaan. Laat de beheerder uw wachtwoord opnieuw instellen.',
  too_many_requests: 'Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.',
  password_too_weak: 'Het wachtwoord moet minstens 12 tekens lang zijn.',
  password_reused: 'Kies een ander wachtwoord dan het huidige.',
  current_password_wrong: 'Het huidige wachtwoord klopt niet.',
  email_taken: 'Er bestaat al een gebruiker met dit e-mailadres.',
  name_taken: 'Deze naam is al in gebruik.',
  unknown_reference: 'Een gekozen {field} bestaat niet (meer).',
  last_admin: 'Er moet minstens één actieve beheerder overblijven.',
  cannot_deactivate_self: 'U kunt uw eigen account niet deactiveren.',
  in_use: 'Dit onderdeel is nog in gebruik en kan niet worden verwijderd.',
  protocol_invalid: 'Het protocol kan nog niet worden gepubliceerd: los eerst de {count} gemelde punten op.',
  handling_closed: 'Deze handeling is al afgerond.',
  not_handler: 'Deze handeling is overgedragen; alleen wie haar nu behandelt kan stappen vastleggen.',
  step_out_of_date: 'Deze stap is intussen al vastgelegd. Het scherm is bijgewerkt.',
  skip_reason_required: 'Geef kort aan waarom u deze stap overslaat.',
  step_branch_required: 'Kies wat er gebeurde.',
  step_unknown_branch: 'Deze keuze bestaat niet bij deze stap.',
  step_not_conditional: 'Deze stap geldt altijd; u kunt hem niet als niet van toepassing markeren.',
  step_unknown_step: 'Deze stap hoort niet bij deze procedure.',
  step_finished: 'Alle stappen van deze procedure zijn al gedaan.',
  training_finished: 'Deze oefening is al afgerond. Begin een nieuwe poging.',
  training_out_of_date: 'Dit moment is al beantwoord. Het scherm is bijgewerkt.',
  training_answer_incomplete: 'Kies een antwoord, of typ uw eigen zin en kies wat u doet.',
  training_unknown_option: 'Dit antwoord bestaat niet bij dit moment.',
  scenario_invalid: 'Het scenario kan zo niet worden gepubliceerd: los eerst de {count} gemelde punten op.',
  quiz_incomplete: 'Beantwoord alle {count} vragen, elk met een van de gegeven antwoorden.',
  requirement_not_met: 'U heeft nog niet aan deze verplichting voldaan; daarna kunt u het certificaat downloaden.',
  internal_error: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
} as const;

export type ProblemCode = keyof typeof nl;

const en: Record<ProblemCode, string> = {
  validation_failed: 'The data is incomplete or incorrect. Check the marked fields.',
  malformed_json: 'The data could not be read: this is not valid JSON.',
  body_too_large: 'The data is too large (at most {limit} bytes).',
  unsupported_media_type: 'This kind of data is not supported. Send JSON (application/json).',
  invalid_characters: 'The text contains characters that are not allowed.',
  not_found: 'This page or item does not exist.',
  unauthenticated: 'You are not logged in, or your session has expired. Please log in again.',
  forbidden: 'You do not have access to this part.',
  csrf_failed: 'The security check of this request failed. Reload the page and try again.',
  password_change_required: 'Please choose a new password first.',
  invalid_credentials: 'The e-mail address or password is incorrect.',
  account_locked: 'Too many failed attempts. This account is temporarily locked; try again in {minutes} minutes.',
  account_inactive: 'This account has been deactivated. Contact the administrator.',
  demo_password_refused: 'Demo passwords are not allowed in production. Ask the administrator to reset your password.',
  too_many_requests: 'Too many requests in a short time. Wait a moment and try again.',
  password_too_weak: 'The password must be at least 12 characters long.',
  password_reused: 'Choose a password other than the current one.',
  current_password_wrong: 'The current password is incorrect.',
  email_taken: 'A user with this e-mail address already exists.',
  name_taken: 'This name is already in use.',
  unknown_reference: 'A chosen {field} does not exist (any more).',
  last_admin: 'At least one active administrator must remain.',
  cannot_deactivate_self: 'You cannot deactivate your own account.',
  in_use: 'This item is still in use and cannot be removed.',
  protocol_invalid: 'The protocol cannot be published yet: first resolve the {count} reported points.',
  handling_closed: 'This handling has already been closed.',
  not_handler: 'This handling has been handed over; only the person handling it now can record steps.',
  step_out_of_date: 'This step has already been recorded. The screen has been updated.',
  skip_reason_required: 'Briefly say why you skip this step.',
  step_branch_required: 'Choose what happened.',
  step_unknown_branch: 'This choice does not exist for this step.',
  step_not_conditional: 'This step always applies; you cannot mark it as not applicable.',
  step_unknown_step: 'This step does not belong to this procedure.',
  step_finished: 'All steps of this procedure have been done.',
  training_finished: 'This exercise has already been finished. Start a new attempt.',
  training_out_of_date: 'This moment has already been answered. The screen has been updated.',
  training_answer_incomplete: 'Choose an answer, or type your own sentence and choose what you do.',
  training_unknown_option: 'This answer does not exist at this moment.',
  scenario_invalid: 'The scenario cannot be published like this: first resolve the {count} reported points.',
  quiz_incomplete: 'Answer all {count} questions, each with one of the given answers.',
  requirement_not_met: 'You have not met this requirement yet; then you can download the certificate.',
  internal_error: 'Something went wrong on our side. Please try again later.',
};

const catalogues: Record<Language, Record<ProblemCode, string>> = { nl, en };

export function message(language: Language, code: ProblemCode, params: Record<string, string | number> = {}): string {
  return catalogues[language][code].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Picks the language from the user's setting, else the Accept-Language header; Dutch by default. */
export function pickLanguage(userLanguage: string | undefined, acceptLanguage: string | undefined): Language {
  if (userLanguage === 'en' || userLanguage === 'nl') return userLanguage;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'nl';
}
