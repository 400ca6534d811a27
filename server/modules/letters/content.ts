/**
 * Letter kinds, placeholders and the built-in templates (version 0). Pure data: the web client imports it for the
 * template editor. Letters go to clients, so they are in plain Dutch (B1): short sentences, "u", behaviour named
 * as facts, the measure and its period, and always what the client may do (AVG: the registration, the right of
 * access and correction, objection).
 */
export const LETTER_KINDS = ['written_warning', 'yellow_card', 'red_card', 'access_ban', 'civil_letter'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** What a template may use, as {{name}}. Filled from the measure, its incident, the client and the sender. */
export const PLACEHOLDERS = [
  'clientName',
  'clientAddress',
  'clientNumber',
  'incidentDate',
  'office',
  'facts',
  'measure',
  'startsOn',
  'endsOn',
  'period',
  'offices',
  'amount',
  'contactPerson',
  'organisation',
  'today',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Placeholders a text uses that do not exist: a template with a typo is refused, not sent with "{{klant}}". */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/** Fills {{name}} with its value; the value is inserted as plain text (the PDF has no markup to inject into). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

export interface TemplateText {
  subject: string;
  body: string;
}

/** The AVG paragraph every letter ends with: the client is told they are registered and what they may do. */
const PRIVACY = `Wij leggen dit voorval en deze maatregel vast in ons registratiesysteem. Dat doen wij om onze medewerkers te beschermen. Wij bewaren deze gegevens niet langer dan nodig. Alleen medewerkers die dat voor hun werk nodig hebben, kunnen ze zien.

U mag vragen welke gegevens wij over u hebben vastgelegd (inzage). Klopt er iets niet? Dan mag u vragen om het te verbeteren (correctie). U kunt ook bezwaar maken. Neem daarvoor contact op met {{contactPerson}}. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.`;

const OPENING = `Geachte heer/mevrouw {{clientName}},`;

const CLOSING = `Met vriendelijke groet,

{{contactPerson}}
{{organisation}}`;

export const DEFAULT_TEMPLATES: Record<LetterKind, TemplateText> = {
  written_warning: {
    subject: 'Schriftelijke waarschuwing',
    body: `${OPENING}

Op {{incidentDate}} had u contact met een medewerker van {{organisation}} ({{office}}). Daarbij gebeurde het volgende:

{{facts}}

Dit gedrag accepteren wij niet. Onze medewerkers helpen u graag, maar alleen als dat op een rustige en respectvolle manier kan.

Met deze brief geven wij u een schriftelijke waarschuwing. Gebeurt dit opnieuw? Dan nemen wij zwaardere maatregelen. Wij kunnen u dan bijvoorbeeld de toegang tot ons kantoor ontzeggen of aangifte doen bij de politie.

Wilt u over deze brief praten? Neem dan contact op met {{contactPerson}}.

${PRIVACY}

${CLOSING}`,
  },
  yellow_card: {
    subject: 'Gele kaart',
    body: `${OPENING}

Op {{incidentDate}} had u contact met een medewerker van {{organisation}} ({{office}}). Daarbij gebeurde het volgende:

{{facts}}

Dit gedrag accepteren wij niet. Daarom krijgt u een gele kaart. Deze geldt {{period}}.

Wat betekent dit? Gebeurt het in deze periode opnieuw, dan krijgt u een rode kaart. U mag dan een tijd niet meer naar ons kantoor komen.

Wilt u over deze brief praten? Neem dan contact op met {{contactPerson}}.

${PRIVACY}

${CLOSING}`,
  },
  red_card: {
    subject: 'Rode kaart',
    body: `${OPENING}

Op {{incidentDate}} had u contact met een medewerker van {{organisation}} ({{office}}). Daarbij gebeurde het volgende:

{{facts}}

U had eerder al een waarschuwing gekregen. Dit gedrag accepteren wij niet. Daarom krijgt u een rode kaart. Deze geldt {{period}}.

In deze periode helpen wij u alleen nog op afspraak. U neemt dan contact op met {{contactPerson}}.

${PRIVACY}

${CLOSING}`,
  },
  access_ban: {
    subject: 'Toegangsverbod',
    body: `${OPENING}

Op {{incidentDate}} had u contact met een medewerker van {{organisation}} ({{office}}). Daarbij gebeurde het volgende:

{{facts}}

Dit gedrag accepteren wij niet. Wij moeten onze medewerkers beschermen. Daarom mag u {{period}} niet naar deze locatie(s) komen: {{offices}}.

Komt u toch? Dan vragen wij u te vertrekken. Gaat u niet weg, dan bellen wij de politie.

U kunt ons in deze periode wel bellen of schrijven. Heeft u iets nodig? Neem dan contact op met {{contactPerson}}.

${PRIVACY}

${CLOSING}`,
  },
  civil_letter: {
    subject: 'Vergoeding van schade',
    body: `${OPENING}

Op {{incidentDate}} had u contact met een medewerker van {{organisation}} ({{office}}). Daarbij gebeurde het volgende:

{{facts}}

Door uw gedrag is schade ontstaan. Wij vinden dat u deze schade moet betalen. Het gaat om een bedrag van € {{amount}}.

Wij vragen u dit bedrag binnen 14 dagen te betalen. Wilt u een betalingsregeling? Of bent u het niet eens met dit bedrag? Neem dan binnen 14 dagen contact op met {{contactPerson}}.

Betaalt u niet en neemt u geen contact op? Dan kunnen wij naar de rechter gaan.

${PRIVACY}

${CLOSING}`,
  },
};
