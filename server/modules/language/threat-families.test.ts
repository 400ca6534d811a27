import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';

// The hard cases of the fourth tuning round (docs/LANGUAGE.md): threat families rather than phrases, and the
// hard negatives that sit next to them. Sentences are variations of dev items, never test items.
const utterance = (text: string) => analyse({ id: 't', kind: 'utterance', text });

const expectThreats = (texts: readonly string[]) => {
  for (const text of texts) {
    const r = utterance(text);
    expect(r.threat, text).toBe(true);
    expect(r.phase, text).toBe(4);
    expect(
      r.cues.some((c) => c.code === 'threat'),
      text,
    ).toBe(true);
  }
};

const expectNoThreats = (texts: readonly string[]) => {
  for (const text of texts) {
    const r = utterance(text);
    expect(r.threat, text).toBe(false);
    expect(r.phase, text).toBeLessThan(4);
  }
};

describe('threat families', () => {
  it('knowing or following the listener: address, children, the way home', () => {
    expectThreats([
      'Ik weet hoe jouw kinderen heten.',
      'Ik heb uw huisadres opgezocht.',
      'Ik ben je vorige week naar huis gevolgd.',
      'Je zoon speelt toch altijd bij het buurthuis?',
      'Ik rij vanavond wel even langs jouw huis.',
    ]);
  });

  it('blows the listener "gets", and violent acts by the speaker in either word order', () => {
    expectThreats([
      'Je krijgt zo een dreun van me.',
      'Wil je soms een klap voor je kop?',
      'Ik geef je straks een opdoffer.',
      'Dan grijp ik je bij je keel.',
      'Als dat geld er niet is, kom ik je halen.',
      'Wij weten jou wel te vinden.',
    ]);
  });

  it('conditional threats, also without a comma or with the condition first', () => {
    expectThreats([
      'als je me niet helpt dan zorg ik dat je nooit meer kan lopen',
      'als je nu niet opschiet gaat er iets ergs gebeuren',
      'Geef me dat formulier of ik sla je.',
    ]);
  });

  it('consequences and bad endings: spijt, boeten, de volgende, slecht aflopen', () => {
    expectThreats([
      'je gaat er spijd van krijgen',
      'Jullie gaan hiervoor boeten.',
      'Jij bent straks de volgende.',
      'Dit gaat slecht aflopen voor jou.',
      'Dit eindigt niet goed voor jullie.',
    ]);
  });

  it('warnings dressed as advice and veiled remarks', () => {
    expectThreats([
      'Als ik jou was zou ik niet meer alleen naar huis lopen.',
      'Kijk vanavond maar goed achterom.',
      'Zorg maar dat u goed verzekerd bent.',
      'Wees maar niet verbaasd als je auto morgen in de sloot ligt.',
      'Je hebt geluk dat mijn broers er niet bij zijn.',
      'Kom maar mee naar buiten.',
    ]);
  });

  it('lurking, throwing, setting a dog on the listener, consequences for the body', () => {
    expectThreats([
      'Ik sta beneden op je te wachten.',
      'Ik smijt die stoel zo naar je hoofd.',
      'Ik laat mijn hond op je los.',
      'Je vliegt zo door het raam.',
      'Je neus is er zo af.',
      'Ik ben niet bang om voor jou de bak in te gaan.',
      'Jullie gaan hiervoor boeten.',
      'Daar zal je nog van lusten.',
      'Let maar op als je vanavond naar je fiets loopt.',
    ]);
  });

  it('threats in capitals and in an e-mail', () => {
    expectThreats([
      'IK WEET WAAR JE WOONT',
      'Geachte heer, mocht u mijn bezwaar weer afwijzen, dan zullen mijn maatregelen u niet bevallen.',
    ]);
  });
});

describe('hard negatives next to the threat families', () => {
  it('legitimate means are pressure on the organisation (phase 2), never a threat', () => {
    for (const text of [
      'Ik ga een klacht indienen.',
      'Ik stap naar de rechter.',
      'Ik neem een advocaat, dan zie je wel wat er gebeurt.',
      'Dat gaat u zien in de rechtszaal.',
      'Ik ga bezwaar maken tegen dit besluit.',
    ]) {
      expect(utterance(text), text).toMatchObject({ phase: 2, threat: false });
    }
  });

  it("the speaker's own state and idioms with violent words are not threats", () => {
    expectNoThreats([
      'Ik schiet er niks mee op.',
      'Ik word gek van jullie.',
      'Ik ga dood van de zenuwen.',
      'Ik breek me het hoofd over die brief.',
      'Ik sla dat formulier wel over.',
      'Je zult zien dat ik gelijk heb.',
      'U bent de eerste die mij echt helpt.',
      'Ik wacht wel buiten tot het mijn beurt is.',
      'Ik weet waar jullie zitten, ik kom langs met mijn bankafschriften.',
      'Als ik jou was zou ik die aanvraag even nakijken.',
      'Ik heb een mes nodig om de doos open te maken.',
      'Ik zou maar voorzichtig zijn met die gladde stoep.',
      'Ik wacht buiten wel op mijn dochter.',
      'Ik zal u leren hoe de app werkt.',
      'Ik sta niet in voor de kwaliteit van deze kopie.',
      'Ik wil dat u ophoudt en stopt met slaan op de balie.',
      'Ik leg u uit hoe de regeling in elkaar zit.',
    ]);
    expect(utterance('Ik ga dood van de zenuwen.').insult).toBe(false);
  });

  it('negated and reported threats stay what they are', () => {
    expectNoThreats([
      'Ik doe je niks hoor, ik ben gewoon moe.',
      'Mijn buurvrouw dreigt steeds dat ze mij gaat slaan.',
      'Mijn zwager zei dat hij jullie kantoor in de fik zou steken.',
    ]);
  });

  it("seventh round: quotes, hypotheticals, denials and everyday tools are not the speaker's threat", () => {
    expectNoThreats([
      "Er lag een briefje in de bus met 'we weten waar je woont', ik ben zo geschrokken.",
      'Stel dat ik hier iemand zou slaan, wat gebeurt er dan met mijn uitkering?',
      'Ik kan me voorstellen dat mensen jullie iets willen aandoen, maar ik ben niet zo.',
      'Ik zou nooit iemand slaan, maar ik word hier wel gek van.',
      'Ik volg jullie op Facebook, mooie foto van het nieuwe kantoor.',
      'Volgende keer neem ik een boek mee, het duurt hier zo lang.',
      'Ik heb vrienden die ook bij jullie huren.',
      'Ik heb een hamer gekocht voor de verbouwing, mag dat van de bijzondere bijstand?',
      'Ik maak me kapot zorgen om mijn dochter.',
      'Wacht maar, ik stap naar de Huurcommissie.',
    ]);
    expectThreats([
      'Wacht maar tot ik je buiten tegenkom.',
      'Ik heb een mes bij me.',
      'Ik volg je straks naar huis.',
      'Ik zeg niet dat ik je wat aandoe, maar kijk maar uit.',
      'Volgende keer neem ik mijn neven mee.',
    ]);
  });
});
