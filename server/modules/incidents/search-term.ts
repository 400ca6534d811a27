/**
 * A free-text term needs three letters or digits in a row: only such a term can be looked up in the trigram index;
 * anything shorter ("ab", "5%") would read every report in scope, and finds little that means anything.
 */
export function searchableTerm(term: string): boolean {
  return /[\p{L}\p{N}]{3}/u.test(term);
}
