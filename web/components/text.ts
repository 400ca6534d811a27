import type { TText } from '../../server/modules/protocols/content';

/** The text in the interface language; English falls back to Dutch while a translation is missing. */
export function pick(text: TText, language: string): string {
  return language === 'en' && text.en ? text.en : text.nl;
}
