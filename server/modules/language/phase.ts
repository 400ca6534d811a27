import type { Cue, CueCode, Phase } from './types.js';

/**
 * Phase of escalation (seed 002) from the cues found in an utterance:
 * 1 frustration about the situation · 2 criticism of the organisation ("jullie") · 3 personal aggression
 * ("jij/u" attacked, insulted, intimidated) · 4 threats. Shouting raises the phase by one (seed 002 puts
 * "schreeuwen" in the explosive phase, but shouted frustration alone is not yet personal).
 */
const PHASE_OF: Partial<Record<CueCode, Phase>> = {
  threat: 4,
  threat_model: 4,
  insult: 3,
  discrimination: 3,
  sexual: 3,
  personal_attack: 3,
  organisation_criticism: 2,
  frustration: 1,
  swearing_situation: 1,
};

export function estimatePhase(cues: readonly Cue[]): Phase {
  let phase = 1;
  for (const cue of cues) phase = Math.max(phase, PHASE_OF[cue.code] ?? 1);
  const shouting = cues.some((c) => c.code === 'shouting_capitals' || c.code === 'shouting_exclamation');
  if (shouting) phase = Math.min(4, phase + 1);
  return phase as Phase;
}

/** "jullie" and the organisation as the target of criticism. */
export const ORGANISATION_RE = new RegExp(
  `\\b(?:${[
    'jullie',
    'julie',
    'jullei',
    'juli(?= (?:doen|zijn|hebben|moeten|kunnen|willen|snappen|regelen))',
    'de gemeente',
    'deze gemeente',
    'die gemeente',
    'dit kantoor',
    'deze club',
    'dit bedrijf',
    'deze organisatie',
    'die organisatie',
    'de organisatie',
    'dit loket',
    'de corporatie',
    'deze corporatie',
    'die corporatie',
    'woningcorporatie',
    'woningbouw',
    'wonen zuid',
    'de instantie',
    'de overheid',
    'ambtenaren',
    'ambtenarij',
    'bureaucratie',
    'dit systeem',
    'het systeem',
    'het beleid',
    'uw beleid',
    'regeltjes',
    'uw organisatie',
    'uw collega',
    "uw collega's",
    'een klacht',
    'klacht indienen',
    // Every form of a complaint or an objection, and where it goes (seed 002: legitimate pressure is phase 2).
    'klacht\\w*',
    'klaagschrift',
    'bezwaar(?:schrift)?',
    'hoorzitting',
    'in beroep',
    'gemeentehuis',
    'stadhuis',
    'radar',
    'kassa',
    'journalist\\w*',
    'de pers',
    'de tv',
    'uw chef',
    'je chef',
    'de regels?',
    'die regels?',
    'deze regels?',
    'nieuwe regels?',
    'de krant',
    'advocaat',
    'ombudsman',
    'rechter',
    'rechtbank',
    'huurcommissie',
    'geschillencommissie',
    'juridisch loket',
    'gemeenteraad',
    'inschakelen',
    'schakel ik',
    'rechtszaak',
    'rechtszaal',
    'bezwaar maken',
    'bezwaar tegen',
    'juridische stappen',
    'de media',
    'social media',
    'facebook',
    'leidinggevende',
    'manager',
    'uw baas',
    'je baas',
    'jouw baas',
    'de baas',
    'de directeur',
    'uw directeur',
    'de directie',
    'de wethouder',
    'mijn wethouder',
    'het raadslid',
    'de chef',
    'hier bij jullie',
    'bij jullie',
    'dit land',
    'de politiek',
  ].join('|')})\\b`,
  'g',
);

/** Frustration about the situation: waiting, money, letters, swearing at things. */
export const FRUSTRATION_RE = new RegExp(
  `\\b(?:${[
    'wacht(?:en)? al',
    'al (?:weken|maanden|dagen|uren|een uur|drie|twee|vier)',
    'alweer',
    'weer',
    'nog steeds',
    'nog altijd',
    'belachelijk',
    'niet normaal',
    'schandalig',
    'schande',
    'onzin',
    'te laat',
    'ik ben het zat',
    'ik ben het spuugzat',
    'ik word gek',
    'word er gek van',
    'ik ben het beu',
    'ik snap het niet',
    'hoe kan dat',
    'waarom',
    'zucht',
    'pff+',
    'niet eerlijk',
    'ik heb er genoeg van',
    'dit kan toch niet',
    'dit slaat nergens op',
    'slaat nergens op',
    'frustrerend',
    'balen',
    'ik baal',
    'jammer',
    'geen geld',
    'geen idee',
  ].join('|')})\\b`,
  'g',
);

/** Swearing without a person as target: at the situation, a thing or nobody. */
export const SWEARING_RE =
  /\b(?:godverdomme|godver|verdomme|verdorie|kut|klote|kloten|shit|fuck|fucking|tering|tyfus|kanker|kolere|klere|jezus|jezus christus|potverdorie|potverdomme|gadverdamme|gatver|kutzooi|klotezooi|teringzooi|kutsysteem|klotesysteem|kutbrief|kutformulier|klotebrief|klerezooi|kutregels|kutgemeente|kutcorporatie|kutding|kutweer|kutdag|wtf|sodeju|allejezus|godsamme|krijg nou wat|jemig|jeetje|gvd|fck)\b/g;
