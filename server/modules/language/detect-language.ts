/**
 * Is this English rather than Dutch? The assistant's rules are Dutch; on English text it would guess, so it
 * answers "unsupported language" instead (cue `unsupported_language`, phase null, no flags). Short texts and
 * Dutch with English swearing ("fuck you, trut") stay Dutch: only four or more words, mostly English function
 * words, count as English.
 */
const ENGLISH = new Set(
  "the a an and you your you're i i'm my me is are was were will would this that what why with for have has be to of it don't can't won't not do does did if or but they them their there here please now just know where when who how am been going want need get help us our we".split(
    ' ',
  ),
);
const DUTCH = new Set(
  'de het een en ik je jij u uw niet dat die van op te met voor wat zijn ben heb hebt heeft mijn jullie maar als er naar wel nog al ook dan hier geen om bij zo moet kan kunt wil is was waar hoe wie waarom nu even toch maar ze zij hij mij me ons onze dit deze door over uit tot of na'.split(
    ' ',
  ),
);

export function isUnsupportedLanguage(folded: string): boolean {
  const tokens = folded.match(/[a-z']+/g) ?? [];
  if (tokens.length < 4) return false;
  let en = 0;
  let nl = 0;
  for (const t of tokens) {
    // Words both languages share ("is", "was", "me") count for neither.
    const inEn = ENGLISH.has(t);
    const inNl = DUTCH.has(t);
    if (inEn && !inNl) en++;
    if (inNl && !inEn) nl++;
  }
  return en >= 3 && en > nl * 2;
}
