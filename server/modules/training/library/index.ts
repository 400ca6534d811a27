import type { LibraryScenario } from './build.js';
import { DESK_SCENARIOS } from './desk.js';
import { HOME_VISIT_SCENARIOS } from './home-visit.js';
import { TELEPHONE_SCENARIOS } from './telephone.js';
import { WRITTEN_SCENARIOS } from './written.js';

/** The scenarios Regie ships with: three per channel, the third of each a harder one for month 2 (seed 000). */
export const LIBRARY: readonly LibraryScenario[] = [
  ...TELEPHONE_SCENARIOS,
  ...DESK_SCENARIOS,
  ...HOME_VISIT_SCENARIOS,
  ...WRITTEN_SCENARIOS,
];
