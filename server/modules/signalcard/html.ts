import type { Language } from '../../http/messages.js';
import type { TText } from '../protocols/content.js';
import type { TSignalCard } from './schema.js';

/**
 * The signal card as one plain HTML page without scripts or styles of its own, for offline use on a phone: the
 * service worker keeps the last copy (see web/public/signal-card-sw.js). Every text is escaped.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const WORDS = {
  nl: {
    title: 'Signaalkaart',
    alarm: 'Intern alarm',
    emergency: 'Nood',
    watch: 'Let op deze signalen',
    phase: 'Fase',
    signals: 'Signalen',
    todo: 'Wat u doet',
    say: 'Wat u zegt',
    script: 'Script',
    route: 'Route',
    boundary: 'Grenszinnen',
    version: 'Protocol versie',
    parts: ['Erkenning', 'Doel', 'Grens', 'Keuze'],
  },
  en: {
    title: 'Signal card',
    alarm: 'Internal alarm',
    emergency: 'Emergency',
    watch: 'Watch for these signals',
    phase: 'Phase',
    signals: 'Signals',
    todo: 'What you do',
    say: 'What you say',
    script: 'Script',
    route: 'Route',
    boundary: 'Boundary sentences',
    version: 'Protocol version',
    parts: ['Acknowledgement', 'Goal', 'Boundary', 'Choice'],
  },
} as const;

export function signalCardHtml(card: TSignalCard, language: Language): string {
  const words = WORDS[language];
  const say = (text: TText) => escapeHtml(language === 'en' && text.en ? text.en : text.nl);
  const script = [card.script.acknowledge, card.script.goal, card.script.boundary, card.script.choice];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title} · Regie</title>
</head>
<body>
<main>
<h1>${words.title}</h1>
<p><strong>${words.alarm}: <a href="tel:${escapeHtml(card.alarmNumber.replace(/\s/g, ''))}">${escapeHtml(card.alarmNumber)}</a> · ${words.emergency}: <a href="tel:${escapeHtml(card.emergencyNumber)}">${escapeHtml(card.emergencyNumber)}</a></strong></p>
<h2>${words.watch}</h2>
<ul>${card.content.watch.map((signal) => `<li>${say(signal)}</li>`).join('')}</ul>
${card.phases
  .map(
    (phase) => `<h2>${words.phase} ${phase.phase}: ${say(phase.name)}</h2>
<dl><dt>${words.signals}</dt><dd>${say(phase.signals)}</dd><dt>${words.todo}</dt><dd>${say(phase.action)}</dd><dt>${words.say}</dt>${phase.sentences.map((sentence) => `<dd>„${say(sentence)}”</dd>`).join('')}</dl>`,
  )
  .join('\n')}
<h2>${words.script}</h2>
<ol>${script.map((sentence, index) => `<li><strong>${words.parts[index]}</strong>: „${say(sentence)}”</li>`).join('')}</ol>
<h2>${words.route}</h2>
<ol>${card.route.map((step) => `<li>${say(step)}</li>`).join('')}</ol>
<h2>${words.boundary}</h2>
<dl>${card.boundarySentences.map((entry) => `<dt>${say(entry.situation)}</dt><dd>„${say(entry.sentence)}”</dd>`).join('')}</dl>
<p><small>${words.version} ${card.protocolVersion}</small></p>
</main>
</body>
</html>
`;
}
