import { longDate } from '../../time/spoken-dates.js';
import { type OutgoingMail, simpleHtml } from '../mail/queue.js';

interface Invitee {
  email: string;
  name: string;
  language: string;
}

const TEXTS = {
  nl: {
    inviteSubject: (title: string) => `Vragenlijst: ${title}`,
    remindSubject: (title: string) => `Herinnering: ${title}`,
    greeting: (name: string) => `Beste ${name},`,
    invite:
      'Wij vragen u mee te doen aan een korte vragenlijst over veilig werken met klanten: werkdruk, uw gevoel van veiligheid, grip op agressie en steun van uw leidinggevende en collega’s. Invullen duurt ongeveer 5 minuten.',
    remind: 'U heeft de vragenlijst over veilig werken met klanten nog niet ingevuld. Wilt u dat nog doen?',
    anonymous:
      'Uw antwoorden zijn anoniem: ze worden opgeslagen zonder uw naam. Cijfers tonen we alleen voor groepen van minstens 5 mensen.',
    closes: (date: string) => `U kunt de vragenlijst invullen tot en met ${date}.`,
    button: 'Vragenlijst invullen',
    link: (url: string) => `Open de vragenlijst: ${url}`,
  },
  en: {
    inviteSubject: (title: string) => `Questionnaire: ${title}`,
    remindSubject: (title: string) => `Reminder: ${title}`,
    greeting: (name: string) => `Dear ${name},`,
    invite:
      'We ask you to take part in a short questionnaire about working safely with clients: work pressure, how safe you feel, your grip on aggression, and support from your manager and colleagues. It takes about 5 minutes.',
    remind: 'You have not yet filled in the questionnaire about working safely with clients. Would you still do so?',
    anonymous:
      'Your answers are anonymous: they are stored without your name. We show figures only for groups of at least 5 people.',
    closes: (date: string) => `You can fill in the questionnaire until ${date} inclusive.`,
    button: 'Fill in the questionnaire',
    link: (url: string) => `Open the questionnaire: ${url}`,
  },
} as const;

/** The invitation or reminder for one person, in their own language, with a link to the answer page. */
export function surveyMail(
  kind: 'invitation' | 'reminder',
  invitee: Invitee,
  campaign: { id: string; title: string; closesOn: string },
  publicUrl: string,
): OutgoingMail {
  const language = invitee.language === 'en' ? 'en' : 'nl';
  const texts = TEXTS[language];
  const url = `${publicUrl}/surveys/answer/${campaign.id}`;
  const paragraphs = [
    texts.greeting(invitee.name),
    kind === 'invitation' ? texts.invite : texts.remind,
    texts.anonymous,
    texts.closes(longDate(campaign.closesOn, language)),
  ];
  return {
    to: invitee.email,
    kind: `survey.${kind}`,
    subject: kind === 'invitation' ? texts.inviteSubject(campaign.title) : texts.remindSubject(campaign.title),
    text: [...paragraphs, texts.link(url)].join('\n\n'),
    html: simpleHtml(language, paragraphs, { href: url, label: texts.button }),
  };
}
