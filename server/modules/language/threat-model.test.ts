import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import type { LabelledItem } from './evaluate.js';
import { predict } from './logistic.js';
import { fold } from './text.js';
import { classesOf } from './threat-concepts.js';
import { features, probability, stemOf, THREAT_MODEL } from './threat-model.js';
import { clauses, vetoOf, visibleText } from './threat-vetoes.js';
import { findThreats } from './threats.js';
import { MIN_PRECISION, serialiseThreatModel, TRAINING_SPLITS, trainThreatModel } from './train-threat-model.js';

// The statistical threat model of the sixth round (docs/LANGUAGE.md). Sentences are dev items or variations of
// them, never test items.
const dir = path.dirname(fileURLToPath(import.meta.url));
const utterance = (text: string) => analyse({ id: 't', kind: 'utterance', text });
const veto = (text: string) => {
  const folded = fold(text);
  const findings = findThreats(folded);
  return clauses(folded).map((c) => vetoOf(folded, c, findings));
};

describe('the threat model', () => {
  it('reads word uni- and bigrams, character 3–5-grams and stems (pairs and skip pairs) of the folded text', () => {
    const f = features(fold('Ik kom om 17.30'));
    expect(f).toEqual(expect.arrayContaining(['w:ik', 'b:ik kom', 'w:00', 'c: ik', 'c:ik k', 'c: kom ', 'c:om 00']));
    expect(f).toEqual(expect.arrayContaining(['s:<me>', 't:<me> kom', 'k:<me> om', 'k:kom 0']));
    expect(new Set(f).size).toBe(f.length);
  });

  it('folds pronouns and common endings into crude stems', () => {
    expect(['je', 'u', 'jullie', 'gij', 'oe'].map(stemOf)).toEqual(Array(5).fill('<you>'));
    expect(['ik', 'wij', "m'n"].map(stemOf)).toEqual(Array(3).fill('<me>'));
    expect(stemOf('zakken')).toBe('zak');
    expect(stemOf('kinderen')).toBe('kinder');
    expect(stemOf('huisje')).toBe('huis');
    expect(stemOf('pakt')).toBe('pak');
    expect(stemOf('mes')).toBe('mes');
  });

  it('scores without building feature strings exactly as the trained logistic regression does', () => {
    for (const text of ['Dit gaat je je baan kosten.', 'Goedemorgen, ik heb een afspraak om 10 uur.', '', '!!']) {
      const folded = fold(text);
      expect(probability(THREAT_MODEL, folded), text).toBeCloseTo(predict(THREAT_MODEL, features(folded)), 12);
    }
  });

  it('finds a threat that no rule knows, with the clause as the cue and phase 4', () => {
    const r = utterance('Dit gaat je je baan kosten, meneer.');
    expect(r.threat).toBe(true);
    expect(r.phase).toBe(4);
    const cue = r.cues.find((c) => c.code === 'threat_model');
    expect(cue?.text).toBe('Dit gaat je je baan kosten');
    expect(r.cues.some((c) => c.code === 'threat')).toBe(false);
  });

  it('is not asked when the rules already found a threat', () => {
    const r = utterance('Ik weet waar je woont.');
    expect(r.threat).toBe(true);
    expect(r.cues.map((c) => c.code)).toContain('threat');
    expect(r.cues.map((c) => c.code)).not.toContain('threat_model');
  });

  it('lets the rules veto reported speech, quotes, hypotheticals and legitimate means', () => {
    for (const text of [
      'Mijn buurman zei dat het je je baan gaat kosten, en meer dan dat.',
      'Mijn buurman riep "dit gaat je je baan kosten, en meer dan dat".',
      'Stel dat het je je baan kost, en meer dan dat?',
      'Dit gaat je je baan kosten, en meer dan dat, zegt mijn advocaat.',
    ]) {
      const r = utterance(text);
      expect(r.threat, text).toBe(false);
      expect(r.phase, text).toBeLessThan(4);
    }
    expect(veto('Mijn zwager zei dat hij je wil pakken.')).toEqual(['reported']);
    // Since the seventh round the rules themselves read the first clause as hypothetical (status "reported").
    expect(veto('Stel dat ik je zou slaan, wat dan?')).toEqual(['rules', 'hypothetical']);
    expect(veto('Ik stap naar de rechter, dan zie je wel.')).toEqual(['legitimate', 'legitimate']);
    // Quotes are someone else's words: blanked before the model reads the text (same length, offsets hold).
    expect(visibleText(fold('Op het briefje stond "ik pak je", ik schrok.'), []).text).toBe(
      `op het briefje stond ${' '.repeat(11)}, ik schrok.`,
    );
  });

  it('vetoes a denied intention, but not a denied state that veils a threat', () => {
    // The rules' own negation comes first where a rule matched.
    expect(veto('Ik ga u heus niks aandoen, ik ben gewoon moe.')).toEqual(['rules', null]);
    expect(veto('Ik wil u niet ongerust maken, maar dit gaat mis.')).toEqual(['negated', null]);
    expect(veto('Ik zou nooit een vlieg kwaad doen.')).toEqual(['negated']);
    expect(veto('Wij zijn geen geweldplegers.')).toEqual(['negated']);
    expect(veto('Ik ben niet iemand die dit zomaar laat gebeuren.')).toEqual([null]);
    expect(veto('Ik zou niet meer alleen naar huis gaan als ik jou was.')).toEqual([null]);
    // A reporting verb that ends its sentence reports nothing.
    expect(veto('Ik kan niet garanderen dat ik rustig blijf als je nee zegt.')).toEqual([null]);
  });

  it('knows word classes, also at the end of a compound, and reads classes and their pairs as features', () => {
    expect(classesOf('jachtgeweer')).toEqual(['weapon']);
    expect(classesOf('krukken')).toContain('injury');
    expect(classesOf('dienstauto')).toEqual(['property']);
    expect(classesOf('koffie')).toEqual([]);
    const f = features(fold('Morgen loop jij op krukken.'));
    expect(f).toEqual(expect.arrayContaining(['g:injury', 'g:soon', 'h:<you> injury', 'h:injury soon']));
    // What belongs to the listener, and to someone else.
    expect(features(fold('Jouw mooie auto'))).toContain('h:<you> your-property');
    expect(features(fold("Ik breek z'n benen"))).toContain('g:their-body');
  });

  it('vetoes self-harm used as pressure, and carries a denial on over "laat staan"', () => {
    expect(veto('Als ik eruit moet, spring ik van het dak, dan hebben jullie dat gedaan.')).toEqual([
      'self_harm',
      'self_harm',
      'self_harm',
    ]);
    expect(veto('Ik doe geen vlieg kwaad, laat staan u.')).toEqual(['negated']);
  });

  it('leaves harmless readings the rules know out of the model: shared situations, being right, warnings about things', () => {
    expect(veto('Ik heb neven die ook bij jullie een uitkering hebben.')).toEqual(['harmless']);
    expect(veto('U gaat nog merken dat ik gelijk krijg.')).toEqual(['harmless']);
    expect(veto('Ik zou maar uitkijken met die losse tegel bij de ingang.')).toEqual(['harmless', 'harmless']);
    expect(veto('Wilt u stoppen met tikken op het glas?')).toEqual(['harmless']);
    // A warning about the speaker's people is not a warning about a thing; a stop request keeps to its clause.
    expect(veto('Ik zou maar oppassen voor die neven van mij.')).not.toContain('harmless');
    expect(veto('Stop met zeuren, anders kom ik je halen.')).toEqual(['harmless', null]);
    expect(utterance('Stop met zeuren, anders kom ik je halen.').threat).toBe(true);
  });

  it('does not take the listener speaking, or "zeggen" as an infinitive, for reported speech (ninth round)', () => {
    expect(veto('Ik blijf hier staan tot u zegt dat het goed is.')).toEqual([null]);
    expect(veto('Let op wat je zegt, ik kan u vinden.')).toEqual([null, null]);
    expect(veto('Ik wil even zeggen dat ik het niet eens ben met de brief.')).toEqual([null]);
    // Someone else's words stay reported.
    expect(veto('Mijn broer zegt dat hij je wel weet te vinden.')).toEqual(['reported']);
    expect(utterance('Mijn broer zegt dat hij je wel weet te vinden.').threat).toBe(false);
  });

  it('keeps a threat next to a legitimate means, staying put and losing self-control visible (ninth round)', () => {
    // The clause that names the lawyer is pressure; the clause that names a visit with harm is not.
    expect(veto('Mijn advocaat krijgt een afschrift, en u krijgt van mij een klap.')).toEqual(['legitimate', null]);
    expect(veto('Ik neem een advocaat, dan zie je wel wat er gebeurt.')).toEqual(['legitimate', 'legitimate']);
    expect(veto('Ik heb een mes bij me en ik ga hier niet weg.')).toEqual([null]);
    expect(veto('Ik kan niet meer instaan voor mezelf als u zo doorgaat.')).toEqual([null]);
    expect(veto('Ik heb mezelf straks niet meer in de hand.')).toEqual([null]);
    expect(veto('Ik spring van de brug, dan hebben jullie dat op je geweten.')).toEqual(['self_harm', 'self_harm']);
    // "wat als" opens a hypothetical only at the start of a clause.
    expect(veto('Ik doe u pas wat als u er niet op rekent.')).toEqual([null]);
    expect(veto('Wat als ik u nou eens een klap gaf?')).not.toContain(null);
  });

  it('reads a negation in a condition without comma, or "niemand … heelhuids", as part of the threat (ninth round)', () => {
    expect(utterance('Trut, als je niet opschiet gooi ik die stoel door je raam.').threat).toBe(true);
    expect(utterance("We komen met z'n allen naar jullie kantoor en niemand komt er heelhuids uit.").threat).toBe(true);
    expect(utterance('Als u mij niet helpt, komt u hier levend niet meer buiten.').threat).toBe(true);
    expect(utterance('Niemand komt hier ooit iets tekort, wees gerust.').threat).toBe(false);
  });

  it('reads a joke marker in the short sentence after a threat as figurative', () => {
    expect(utterance('Ik kom je nog eens halen... met de taart, grapje!').threat).toBe(false);
    expect(veto('Ik kom je nog eens halen. Geintje.')).toEqual(['rules', 'figurative']);
  });

  it('ships the weights that `npm run train:language` gives from the training splits', () => {
    const training = TRAINING_SPLITS.flatMap((split) =>
      readFileSync(path.join(dir, 'dataset', `${split}.jsonl`), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LabelledItem),
    );
    expect(TRAINING_SPLITS).not.toContain('test');
    const { model, report } = trainThreatModel(training);
    expect(serialiseThreatModel(model)).toBe(readFileSync(path.join(dir, 'threat-model.json'), 'utf8'));
    expect(THREAT_MODEL.threshold).toBe(report.threshold);
    expect(report.crossValidation.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
  }, 60_000);
});
