import { escapeHtml, type OutgoingMail, simpleHtml } from '../../mail/queue.js';

/** What a classroom-session mail is about: the first invitation, a change of time or place, or the cancellation. */
export type SessionMailKind = 'invitation' | 'changed' | 'cancelled';

export interface SessionInvitee {
  email: string;
  name: string;
}

export interface SessionFacts {
  id: string;
  title: string;
  startsAt: Date;
  location: string;
  trainer: string;
}

const TEXTS = {
  nl: {
    subject: { invitation: 'Uitnodiging', changed: 'Gewijzigd', cancelled: 'Geannuleerd' },
    greeting: (name: string) => `Beste ${name},`,
    intro: {
      invitation: (title: string) => `U bent uitgenodigd voor de klassikale training „${title}”.`,
      changed: (title: string) =>
        `De klassikale training „${title}” is gewijzigd. Dit zijn de nieuwe gegevens; de oude gelden niet meer.`,
      cancelled: (title: string) => `De klassikale training „${title}” gaat niet door. U hoeft niet te komen.`,
    },
    when: (date: string) => `Wanneer: ${date}`,
    where: (location: string) => `Waar: ${location}`,
    trainer: (trainer: string) => `Trainer: ${trainer}`,
    button: 'Bekijk uw trainingen in Regie',
    link: (url: string) => `Bekijk uw trainingen in Regie: ${url}`,
  },
  en: {
    subject: { invitation: 'Invitation', changed: 'Changed', cancelled: 'Cancelled' },
    greeting: (name: string) => `Dear ${name},`,
    intro: {
      invitation: (title: string) => `You are invited to the classroom training “${title}”.`,
      changed: (title: string) =>
        `The classroom training “${title}” has changed. These are the new details; the old ones no longer apply.`,
      cancelled: (title: string) => `The classroom training “${title}” will not take place. You need not come.`,
    },
    when: (date: string) => `When: ${date}`,
    where: (location: string) => `Where: ${location}`,
    trainer: (trainer: string) => `Trainer: ${trainer}`,
    button: 'See your trainings in Regie',
    link: (url: string) => `See your trainings in Regie: ${url}`,
  },
} as const;

/** The date and time as people in the organisation read them (Europe/Amsterdam), whatever the server's zone. */
export function sessionMoment(moment: Date, language: 'nl' | 'en'): string {
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);
  const time = new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(moment);
  return language === 'nl' ? `${date} om ${time} uur` : `${date} at ${time}`;
}

function paragraphsOf(
  language: 'nl' | 'en',
  kind: SessionMailKind,
  invitee: SessionInvitee,
  session: SessionFacts,
): string[] {
  const texts = TEXTS[language];
  return [
    texts.greeting(invitee.name),
    texts.intro[kind](session.title),
    texts.when(sessionMoment(session.startsAt, language)),
    texts.where(session.location),
    texts.trainer(session.trainer),
  ];
}

/**
 * One invitee's mail about a classroom session: Dutch first, English below (a training is planned for a mixed
 * group, and the mail is often forwarded to a calendar), with a link to the person's sessions in Regie.
 */
export function sessionMail(
  kind: SessionMailKind,
  invitee: SessionInvitee,
  session: SessionFacts,
  publicUrl: string,
): OutgoingMail {
  const url = `${publicUrl}/training#session-${session.id}`;
  const dutch = paragraphsOf('nl', kind, invitee, session);
  const english = paragraphsOf('en', kind, invitee, session);
  const link = { href: url, label: TEXTS.nl.button };
  // The Dutch part is the simple mail every module sends; the English part follows it in its own language.
  const html = simpleHtml('nl', dutch, link).replace(
    '</body>',
    `<hr><div lang="en">${english.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}\n<p><a href="${escapeHtml(url)}">${escapeHtml(TEXTS.en.button)}</a></p></div></body>`,
  );
  return {
    to: invitee.email,
    kind: `training.session_${kind}`,
    subject: `${TEXTS.nl.subject[kind]} / ${TEXTS.en.subject[kind]}: ${session.title}`,
    text: [...dutch, TEXTS.nl.link(url), '---', ...english, TEXTS.en.link(url)].join('\n\n'),
    html,
  };
}
