import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { fold } from './text.js';
import type { Kind } from './types.js';

const run = (kind: Kind, text: string) => analyse({ id: 't', kind, text });
const utterance = (text: string) => run('utterance', text);

describe('utterances: phase, threat, insult, shouting', () => {
  it('frustration about the situation is phase 1, not a threat or insult', () => {
    const r = utterance('Ik wacht al drie weken op mijn uitkering, dit is toch niet normaal.');
    expect(r).toMatchObject({ phase: 1, threat: false, insult: false, shouting: false });
    expect(r.cues.map((c) => c.code)).toContain('frustration');
  });

  it('"jullie" is criticism of the organisation (phase 2), "jij" with an insult is personal (phase 3)', () => {
    expect(utterance('Jullie raken ook elke keer mijn papieren kwijt.').phase).toBe(2);
    const personal = utterance('Jij snapt er ook helemaal niks van.');
    expect(personal).toMatchObject({ phase: 3, insult: true, threat: false });
  });

  it('legitimate pressure in every form is phase 2, accusations and demanding a name are phase 3 (ninth round)', () => {
    for (const text of [
      'Ik stuur morgen een klachtbrief naar het gemeentehuis.',
      'Dan teken ik bezwaar aan en vraag ik een hoorzitting.',
      'Wie bedenkt die nieuwe regels eigenlijk?',
      'Ik wil uw chef spreken.',
    ]) {
      expect(utterance(text).phase, text).toBe(2);
    }
    for (const text of [
      'U zit me gewoon voor te liegen.',
      'Dat heeft u met opzet zo ingevuld.',
      'Door uw fout sta ik nu rood.',
      'Noem me uw achternaam, dan weet ik wie het is.',
      'Ik zorg persoonlijk dat ze u ontslaan.',
    ]) {
      const r = utterance(text);
      expect(r.phase, text).toBe(3);
      expect(r.insult, text).toBe(false);
    }
  });

  it('swearing at the situation is neither an insult nor a threat', () => {
    for (const text of [
      'Kut, alweer een brief.',
      'Godverdomme, wat een klotesysteem.',
      'Wat een idioot formulier is dit.',
    ]) {
      expect(utterance(text), text).toMatchObject({ phase: 1, threat: false, insult: false });
    }
  });

  it('polite but threatening sentences are threats (phase 4)', () => {
    for (const text of [
      'Ik weet waar u woont, mevrouw.',
      'Ik zou maar oppassen als ik u was.',
      'Het zou zonde zijn als uw kinderen iets overkomt.',
      'U weet niet wat u te wachten staat.',
    ]) {
      expect(utterance(text), text).toMatchObject({ phase: 4, threat: true });
    }
  });

  it('negated and reported threats are not threats, a conditional one is', () => {
    const negated = utterance('Ik ga je niet slaan hoor, rustig maar.');
    expect(negated.threat).toBe(false);
    expect(negated.cues.map((c) => c.code)).toContain('negated_threat');
    expect(utterance('Mijn buurman zei dat hij je zou pakken.').threat).toBe(false);
    expect(utterance('Als je me niet helpt, sla ik je verrot.').threat).toBe(true);
    expect(utterance('Ik zeg niet dat ik je wat aandoe, maar pas maar op.').threat).toBe(true);
  });

  it('finds threats from their parts, not only from known phrases, without flagging everyday violence words', () => {
    for (const text of [
      'Ik breek al je botten.',
      'Je komt er niet levend vanaf.',
      'Het zou me niet verbazen als er binnenkort een baksteen door jullie ruit gaat.',
      'Ik ga naar jouw huis toe.',
    ]) {
      expect(utterance(text).threat, text).toBe(true);
    }
    for (const text of [
      'Ik breek me het hoofd over die brief.',
      'Mijn buurman heeft me vorige week in elkaar geslagen.',
      'De printer is kapot, kunt u het formulier mailen?',
      'Jullie slaan de plank helemaal mis met dat besluit.',
      'Ik ga niemand slaan, ik wil gewoon een antwoord.',
      'Ik zou maar oppassen met die natte vloer, mevrouw.',
    ]) {
      expect(utterance(text).threat, text).toBe(false);
    }
  });

  it('queueing, looking at an app and lodging a complaint are not threats; lurking and knocking down are (ninth round)', () => {
    for (const text of [
      'Ik wacht hier wel tot u klaar bent met die mevrouw.',
      'Kijk maar op mijn telefoon, daar staat de betaling.',
      'Ik leg morgen een klacht neer over jullie.',
    ]) {
      expect(utterance(text).threat, text).toBe(false);
    }
    for (const text of [
      'Ik wacht buiten wel tot je klaar bent.',
      'Kijk maar uit, jij.',
      'Nog één woord en ik leg je neer.',
    ]) {
      expect(utterance(text).threat, text).toBe(true);
    }
  });

  it('knows more name-calling, and words that insult only when said of a person (ninth round)', () => {
    for (const text of [
      'Wat een mierenneuker ben jij.',
      'Die etter van de balie heeft mijn brief weggegooid.',
      'Stelletje amateurs!',
    ]) {
      expect(utterance(text).insult, text).toBe(true);
    }
    for (const text of [
      'Er zit etter in de wond, kan de wijkverpleging komen?',
      'Ik ben geen amateur, ik weet hoe dit werkt.',
    ]) {
      expect(utterance(text).insult, text).toBe(false);
    }
  });

  it('capitals and repeated exclamation marks are shouting; abbreviations and one "!" are not', () => {
    expect(utterance('IK WIL NU MIJN GELD!!!').shouting).toBe(true);
    expect(utterance('Waarom duurt dit zo lang!!').shouting).toBe(true);
    expect(utterance('Mijn UWV-uitkering en de WMO-aanvraag zijn nog niet binnen!').shouting).toBe(false);
  });

  it('gives offsets into the original text, also after accented letters and curly quotes', () => {
    const text = 'Café „Zuid” is dicht én jíj bent een trut';
    const r = utterance(text);
    const insult = r.cues.find((c) => c.code === 'insult');
    expect(insult && text.slice(insult.start, insult.end)).toBe('trut');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('answers English with the unsupported-language result instead of a guess', () => {
    const r = utterance('I know where you live and I will find you');
    expect(r).toMatchObject({ phase: null, threat: false, insult: false, judgements: [], advice: [] });
    expect(r.cues.map((c) => c.code)).toEqual(['unsupported_language']);
    expect(utterance('Fuck you, trut!').insult).toBe(true);
  });
});

describe('reports: judgements, never inside quotes', () => {
  it('flags labels, states and generalisations with a reason and a suggestion', () => {
    const text = 'De klant was erg agressief. Hij is altijd lastig en duidelijk onder invloed.';
    const r = run('report', text);
    expect(r.judgements.map((j) => j.text)).toEqual([
      'was erg agressief',
      'is altijd lastig',
      'duidelijk onder invloed',
    ]);
    for (const j of r.judgements) {
      expect(text.slice(j.start, j.end)).toBe(j.text);
      expect(j.reason.length).toBeGreaterThan(10);
      expect(j.suggestion).toMatch(/^\[/);
    }
    expect(r.phase).toBeNull();
  });

  it('a quoted insult is a fact, also in single and curly quotes', () => {
    for (const text of [
      'Hij noemde mij "trut" en zei: "jij bent agressief".',
      "Hij riep 'kankerhoer' en liep weg.",
      'Mevrouw zei: „u bent zo onbeschoft” en sloeg op de balie.',
    ]) {
      expect(run('report', text).judgements, text).toEqual([]);
    }
  });

  it('knows the labels of everyday report Dutch beyond the seeds (ninth round)', () => {
    const texts: [string, string[]][] = [
      ['De klant werd steeds driftiger en was erg denigrerend.', ['werd steeds driftiger', 'was erg denigrerend']],
      ['Meneer reageerde sarcastisch op mijn vraag.', ['reageerde sarcastisch']],
      ['Zij was zichtbaar nerveus.', ['was zichtbaar nerveus']],
      ['Ik was zelf gespannen.', []],
    ];
    for (const [text, spans] of texts) {
      expect(
        run('report', text).judgements.map((j) => j.text),
        text,
      ).toEqual(spans);
    }
  });

  it("does not flag the writer's own feelings, negated labels or facts", () => {
    expect(
      run('report', 'Ik was bang. Hij was niet agressief. Hij sloeg met zijn vuist op de balie.').judgements,
    ).toEqual([]);
    expect(run('report', 'Hij was lastig te verstaan. Meneer was moeilijk bereikbaar.').judgements).toEqual([]);
  });

  it('flags judgements in words of other writers: figures of speech, guesses at state and intent, relative clauses', () => {
    const texts: [string, string[]][] = [
      ['Meneer sloeg bij de kassa volledig op tilt.', ['sloeg bij de kassa volledig op tilt']],
      ['Mevrouw was psychisch niet in orde.', ['was psychisch niet in orde']],
      [
        'Hij schopte een flinke scène en probeerde mij zichtbaar te intimideren.',
        ['schopte een flinke scène', 'probeerde mij zichtbaar te intimideren'],
      ],
      ['Volgens mij gebruikte hij cocaïne.', ['gebruikte hij cocaïne']],
      ['Hij liet de formulieren expres vallen.', ['expres']],
      ['Het is een querulant die elke brief aanvecht.', ['is een querulant', 'elke brief aanvecht']],
      ['Agressief was hij niet, wel heel nors.', ['wel heel nors']],
    ];
    for (const [text, expected] of texts)
      expect(
        run('report', text).judgements.map((j) => j.text),
        text,
      ).toEqual(expected);
    // Not negated twice: "niet in orde" holds its own negation, a second one undoes it.
    expect(run('report', 'Mevrouw was zeker niet niet in orde.').judgements).toEqual([]);
    expect(run('report', 'De deur die altijd klemt is kapot.').judgements).toEqual([]);
  });

  it('a quoted threat sets the threat flag of the report', () => {
    expect(run('report', 'Hij riep: „Ik maak je af!” en liep weg.').threat).toBe(true);
    expect(run('report', 'Hij zei dat hij boos was.').threat).toBe(false);
  });
});

describe('responses: advice and script parts', () => {
  it('names the behaviour instead of the label and flags altijd/nooit', () => {
    const r = run('response', 'U bent agressief, u doet altijd zo.');
    expect(r.advice.map((a) => [a.rule, a.text, a.suggestion])).toEqual([
      ['label_person', 'U bent agressief', 'u schreeuwt'],
      ['always_never', 'altijd', 'nu'],
    ]);
  });

  it('finds the four script parts and gives no advice on a good script', () => {
    const r = run(
      'response',
      'Ik zie dat u boos bent. Ik wil dit voor u oplossen. Ik praat verder als het rustig is. We gaan door aan de telefoon of plannen een afspraak.',
    );
    expect(r.advice).toEqual([]);
    expect(r.cues.map((c) => c.code)).toEqual(['script_erkenning', 'script_doel', 'script_grens', 'script_keuze']);
  });

  it('knows labels, escalating phrases and script parts in the words of other writers', () => {
    const r = run('response', 'Wat ben jij een zeurkous, zeg. Hou toch op met dat gezeur.');
    expect(r.advice.map((a) => [a.rule, a.text])).toEqual([
      ['label_person', 'Wat ben jij een zeurkous'],
      ['escalating', 'Hou toch op met dat gezeur'],
    ]);
    const script = run(
      'response',
      'Wat een gedoe voor u. Vandaag nog zoek ik uit waar het misging. Niet zolang u tegen de balie slaat. U kunt wachten of morgen terugkomen.',
    );
    expect(script.advice).toEqual([]);
    expect(script.cues.map((c) => c.code)).toEqual(['script_erkenning', 'script_doel', 'script_grens', 'script_keuze']);
  });

  it('flags a monologue', () => {
    const long = Array.from(
      { length: 6 },
      () => 'Ik moet u eerst uitleggen hoe de regels van de gemeente precies in elkaar zitten.',
    ).join(' ');
    expect(run('response', long).advice.map((a) => a.rule)).toContain('monologue');
  });
});

it('is deterministic', () => {
  const text = 'Jullie zijn een stelletje prutsers!! Ik weet waar je werkt.';
  expect(utterance(text)).toEqual(utterance(text));
});

it('explains judgements in English on request, with the suggestion still in Dutch', () => {
  const text = 'Hij is altijd lastig en was dronken.';
  const dutch = analyse({ id: 'e', kind: 'report', text });
  const english = analyse({ id: 'e', kind: 'report', text }, { language: 'en' });
  expect(english.judgements.map((j) => [j.start, j.end, j.suggestion])).toEqual(
    dutch.judgements.map((j) => [j.start, j.end, j.suggestion]),
  );
  expect(english.judgements.map((j) => j.reason)).toEqual([
    'Judgement of the person: describe what you saw and heard, so that others can judge for themselves. Generalisation (“always/never”): describe this time, and earlier times with their dates if you know them.',
    "Interpretation of someone's state: name the observations you base it on.",
  ]);
});

it('has an English explanation for every kind of judgement', () => {
  const text = [
    'De klant was erg agressief en keek boos.',
    'Hij was duidelijk onder invloed.',
    'Meneer is een bekende querulant.',
    'Hij deed het expres en wilde mij intimideren.',
    'Hij zocht ruzie en ging door het lint.',
    'Ze maakte een scène, stelde zich aan en was niet voor rede vatbaar.',
    'Het is zo’n type. Hij komt altijd te laat.',
  ].join(' ');
  const english = analyse({ id: 'e', kind: 'report', text }, { language: 'en' });
  expect(english.judgements.length).toBeGreaterThanOrEqual(10);
  for (const j of english.judgements)
    expect(j.reason, j.text).not.toMatch(/beschrijf|oordeel|interpretatie|generalisatie/i);
});
