import { appointmentMoment } from '../../../time/spoken-dates.js';
import { type OutgoingMail, simpleHtml } from '../../mail/queue.js';

/** What a classroom-session mail is about: the first invitation, a change of time or place, or the cancellation. */
export type SessionMailKind = 'invitation' | 'changed' | 'cancelled';

export interface SessionInvitee {
  email: string;
  name: string;
  /** The language the person chose in Regie; their mail is written in it. */
  language: string;
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
    texts.when(appointmentMoment(session.startsAt, language)),
    texts.where(session.location),
    texts.trainer(session.trainer),
  ];
}

/** One invitee's mail about a classroom session, in their own language, with a link to their sessions in Regie. */
export function sessionMail(
  kind: SessionMailKind,
  invitee: SessionInvitee,
  session: SessionFacts,
  publicUrl: string,
): OutgoingMail {
  const language = invitee.language === 'en' ? 'en' : 'nl';
  const texts = TEXTS[language];
  const url = `${publicUrl}/training#session-${session.id}`;
  const paragraphs = paragraphsOf(language, kind, invitee, session);
  return {
    to: invitee.email,
    kind: `training.session_${kind}`,
    subject: `${texts.subject[kind]}: ${session.title}`,
    text: [...paragraphs, texts.link(url)].join('\n\n'),
    html: simpleHtml(language, paragraphs, { href: url, label: texts.button }),
  };
}
