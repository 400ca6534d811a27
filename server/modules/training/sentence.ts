import type { ScriptPart } from './scenario.js';

/**
 * What the language rules see in one answer. This is the seam to the Dutch language assistant (another branch):
 * the scoring engine only talks to a `SentenceScorer`, so the lead can swap these small rule checks for the
 * assistant without touching the engine or the scenarios.
 */
export interface SentenceAnalysis {
  /** The script parts (seed 000: erkenning, doel, grens, keuze) the answer contains. */
  scriptParts: ScriptPart[];
  /** The words that label the person instead of naming the behaviour ("u bent agressief"), if any. */
  personLabel: string | null;
  /** "altijd", "nooit" (or always/never) as they occur. */
  absolutes: string[];
  sentenceCount: number;
  wordCount: number;
  longestSentenceWords: number;
}

export interface SentenceScorer {
  scoreSentence(text: string): SentenceAnalysis;
}

/** Seed 000: short sentences. Above this a sentence is too long to say calmly under pressure. */
export const MAX_SENTENCE_WORDS = 15;
/** Seed 000: no monologues. Above this an answer is an explanation, not a reply. */
export const MAX_ANSWER_WORDS = 45;

// Patterns work on lower-case text with the typographic apostrophe straightened. Dutch first; English for
// trainees who practise in English. Each is deliberately narrow: a missed part costs a point, a false one hides
// a real mistake.
const SCRIPT_PATTERNS: Record<ScriptPart, RegExp[]> = {
  acknowledge: [
    /\bik (zie|hoor|merk|begrijp|snap|lees|voel)\b/,
    /\b(wat|dat is|dit is|het is)( erg| heel| echt)? (vervelend|frustrerend|lastig|begrijpelijk|naar)\b/,
    /\bu (bent|is)( erg| heel| zo)? (boos|teleurgesteld|geschrokken|bezorgd|ongerust|verdrietig|gefrustreerd|kwaad)\b/,
    /\bu( erg| heel| zo)? (boos|teleurgesteld|geschrokken|bezorgd|ongerust|verdrietig|gefrustreerd|kwaad) (bent|is)\b/,
    /\bi (can )?(see|hear|understand|notice|read)\b/,
    /\b(that is|that's|how)( very| really)? (frustrating|annoying|upsetting|difficult)\b/,
    /\byou(?:'re| are)( very| really| so)? (angry|upset|disappointed|worried|frustrated|shocked)\b/,
  ],
  goal: [
    /\bik (wil|ga|kan|zal)\b[^.?!]{0,40}\b(helpen|oplossen|uitzoeken|regelen|nakijken|bekijken|zoeken|navragen)\b/,
    /\bik help (u|je)\b/,
    /\bsamen\b[^.?!]{0,30}\b(oplossen|kijken|zoeken|uitzoeken)\b/,
    /\bi(?: will|'ll| want to| can| would like to)\b[^.?!]{0,30}\b(help|solve|sort|look into|fix|find)\b/,
  ],
  boundary: [
    /\bniet (op|met|in|op zo'n) (dit|deze|die|zo'n)? ?(volume|toon|manier)\b/,
    /\b(zo|op deze manier|zo'n toon)[^.?!]{0,10}\b(praat|ga|spreek|werk|help) ik niet\b/,
    /\bik (praat|ga|help u) (verder|door) als\b/,
    /\b(dit|dat|zulke|zo'n)[^.?!]{0,20}\b(accepteer|pik|tolereer|accepteren|tolereren) (ik|wij|we) niet\b/,
    /\bik wil dat (u|je) (stopt|ophoudt|rustig|afstand|weggaat|vertrekt|het gebouw)/,
    /\bstop (hiermee|daarmee|met)\b/,
    /\bals (u|je) (zo )?(blijft|doorgaat|nog een keer|opnieuw)\b/,
    /\bik (beëindig|stop|sluit|beeindig)\b[^.?!]{0,25}\b(gesprek|bezoek|contact|correspondentie)\b/,
    /\b(stop|beëindig) ik (het|dit) (gesprek|bezoek|contact)\b/,
    /\bik (hang|leg) (nu )?op\b/,
    /\bwilt (u|je) (een stap|afstand|rustig|stoppen|ophouden|uw stem)/,
    /\b(in|op) (deze|die|zo'n) toon\b/,
    /\bnot (at|with|in|like) (this|that)( volume| tone| way)?\b/,
    /\bi(?: will|'ll) (continue|go on|help you) (when|once|if)\b/,
    /\b(i|we) (do not|don't|won't|will not) (accept|continue|tolerate|respond)\b/,
    /\bplease (stop|step back|lower|keep your distance)\b/,
    /\bif you (keep|continue|go on|carry on)\b/,
    /\bi(?: will|'ll|'m going to| am going to| am) end(ing)?\b/,
    /\bin (this|that) tone\b/,
  ],
  choice: [
    /\b(u|je) kiest\b/,
    /\bkiezen\b/,
    /\bkeuze\b/,
    /\b(kunt|kunnen|kan|wilt|willen|gaan|plannen)\b[^.?!]*\bof\b/,
    /\byou (can |may )?choose\b/,
    /\bchoice\b/,
    /\b(can|could|will|shall|either|continue|talk|call|come)\b[^.?!]*\bor\b/,
  ],
};

const LABELS_NL =
  'agressief|onredelijk|lastig|brutaal|onbeschoft|respectloos|hysterisch|gestoord|gek|dom|belachelijk|kinderachtig|asociaal|irritant|onmogelijk|overdreven|vervelend|moeilijk|een \\p{L}+';
const LABELS_EN =
  'aggressive|unreasonable|rude|difficult|hysterical|ridiculous|childish|crazy|impossible|annoying|disrespectful|a \\p{L}+';
const INTENSIFIERS_NL = '(?:echt |erg |heel |zo |nogal |gewoon |ontzettend )?';

const PERSON_LABEL_PATTERNS: RegExp[] = [
  new RegExp(`\\b(u|je|jij) (bent|is|doet) ${INTENSIFIERS_NL}(${LABELS_NL})\\b`, 'u'),
  new RegExp(`\\b(u|je|jij) ${INTENSIFIERS_NL}(${LABELS_NL}) (bent|doet)\\b`, 'u'),
  new RegExp(`\\bwat (bent|doet) (u|je|jij) ${INTENSIFIERS_NL}(${LABELS_NL})\\b`, 'u'),
  /\bgedraagt? (u |je )?zich als\b/,
  new RegExp(`\\byou(?:'re| are) (?:being )?(?:so |very |really )?(${LABELS_EN})\\b`, 'u'),
];

const ABSOLUTES = /\b(altijd|nooit|always|never)\b/g;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;

/** The small rule checks of seed 000's language rules, in Dutch and English. */
export const ruleBasedScorer: SentenceScorer = {
  scoreSentence(text: string): SentenceAnalysis {
    const normal = normalise(text);
    const sentences = sentencesOf(normal);
    const lengths = sentences.map(wordsIn);
    let personLabel: string | null = null;
    for (const pattern of PERSON_LABEL_PATTERNS) {
      const match = pattern.exec(normal);
      if (match) {
        personLabel = match[0];
        break;
      }
    }
    return {
      scriptParts: (Object.keys(SCRIPT_PATTERNS) as ScriptPart[]).filter((part) =>
        SCRIPT_PATTERNS[part].some((pattern) => pattern.test(normal)),
      ),
      personLabel,
      absolutes: [...normal.matchAll(ABSOLUTES)].map((match) => match[0]),
      sentenceCount: sentences.length,
      wordCount: wordsIn(normal),
      longestSentenceWords: Math.max(0, ...lengths),
    };
  },
};
