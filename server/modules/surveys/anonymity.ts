/**
 * No figure for fewer than five people (the rule), also not by subtraction. Regie shows survey figures for
 * exactly two kinds of group: the whole campaign (the organisation) and single teams. Filters (office, department,
 * team) only choose which of those teams are listed; they never form a new group, so "team within office" cannot
 * narrow a group down. Subtraction is the other way to single people out: organisation minus the shown teams
 * equals the people in the teams that are not shown. So the set of shown teams is chosen such that what remains
 * is nobody or at least five people; when the small teams add up to 1–4, the smallest large team is held back too.
 */
export const MIN_GROUP_SIZE = 5;

/** The respondents of one campaign per team; `null` stands for respondents without a team (never shown alone). */
export type TeamCounts = Map<string | null, number>;

export interface Disclosure {
  /** Whether the organisation's (the whole campaign's) figures may be shown. */
  organisation: boolean;
  /** The teams whose figures may be shown. */
  teams: Set<string>;
}

export function disclosure(counts: TeamCounts): Disclosure {
  let total = 0;
  const large: [string, number][] = [];
  for (const [team, n] of counts) {
    total += n;
    if (team !== null && n >= MIN_GROUP_SIZE) large.push([team, n]);
  }
  if (total < MIN_GROUP_SIZE) return { organisation: false, teams: new Set() };
  large.sort((a, b) => a[1] - b[1] || String(a[0]).localeCompare(String(b[0])));
  const shownTotal = large.reduce((sum, [, n]) => sum + n, 0);
  const remainder = total - shownTotal;
  // Secondary suppression: hold back the smallest shown team so that the remainder reaches five.
  const shown = remainder > 0 && remainder < MIN_GROUP_SIZE ? large.slice(1) : large;
  return { organisation: true, teams: new Set(shown.map(([team]) => team)) };
}
