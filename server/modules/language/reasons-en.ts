/**
 * English versions of the Dutch reasons, for users whose Regie language is English. Only the explanation is
 * translated: suggestions are replacement text for a Dutch report and stay Dutch.
 */
const EN: [nl: string, en: string][] = [
  [
    'Beeldspraak en oordeel: beschrijf wat u zag en hoorde.',
    'Figure of speech and judgement: describe what you saw and heard.',
  ],
  [
    'Etiket op de persoon: beschrijf het gedrag in plaats van de persoon te benoemen.',
    'A label on the person: describe the behaviour instead of naming the person.',
  ],
  [
    'Generalisatie over een groep: beschrijf deze persoon en deze gebeurtenis.',
    'Generalisation about a group: describe this person and this event.',
  ],
  [
    'Interpretatie van een bedoeling: beschrijf wat er gebeurde en wat het met u deed.',
    'Interpretation of an intention: describe what happened and what it did to you.',
  ],
  [
    'Interpretatie van een bedoeling: beschrijf wat er gezegd en gedaan is.',
    'Interpretation of an intention: describe what was said and done.',
  ],
  [
    'Interpretatie van een bedoeling: die kunt u niet waarnemen.',
    'Interpretation of an intention: that is not something you can observe.',
  ],
  ['Interpretatie van een bedoeling.', 'Interpretation of an intention.'],
  [
    'Interpretatie van een gevoel: u kunt niet zien wat iemand voelt, wel wat iemand doet.',
    'Interpretation of a feeling: you cannot see what someone feels, only what they do.',
  ],
  [
    'Interpretatie van iemands toestand: noem de waarnemingen waarop u dit baseert.',
    "Interpretation of someone's state: name the observations you base it on.",
  ],
  [
    'Oordeel over de persoon: beschrijf wat er gezegd is, letterlijk als het kan.',
    'Judgement of the person: describe what was said, literally if you can.',
  ],
  [
    'Oordeel over de persoon: beschrijf wat u zag en hoorde, dan kan een ander zelf oordelen.',
    'Judgement of the person: describe what you saw and heard, so that others can judge for themselves.',
  ],
  ['Oordeel: beschrijf het gedrag.', 'Judgement: describe the behaviour.'],
  [
    'Oordeel: beschrijf wat u probeerde en hoe de klant reageerde.',
    'Judgement: describe what you tried and how the client responded.',
  ],
  [
    'Generalisatie (“altijd/nooit”): beschrijf deze keer, en eerdere keren met datum als u die weet.',
    'Generalisation (“always/never”): describe this time, and earlier times with their dates if you know them.',
  ],
];

// Longest first, so "Interpretatie van een bedoeling." does not eat the start of a longer reason.
const ORDERED = [...EN].sort((a, b) => b[0].length - a[0].length);

export function reasonInEnglish(reason: string): string {
  let out = reason;
  for (const [nl, en] of ORDERED) out = out.split(nl).join(en);
  return out;
}
