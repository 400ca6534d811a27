import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { factConditions, percent, type SectionSpec } from './types.js';

/**
 * The share of reports whose facts contain judging language instead of behaviour (seed 000: facts and literal
 * quotes, not opinions), as the language assistant read them when they were sent or changed (`incident_facts
 * .judgements`, written by the incidents service; see dashboard/facts.ts). Reports not read yet are left out of
 * the basis. Reading the dashboard writes nothing.
 */
export const languageSection: SectionSpec = {
  key: 'language',
  tables: [{ key: 'judgingLanguage', unit: 'percent' }],
  async measure(db, scope) {
    const [row] = await queryRows<{ analysed: number; judging: number }>(
      db,
      sql`select count(f.judgements)::int as analysed, count(*) filter (where f.judgements > 0)::int as judging
          from incident_facts f where ${factConditions(scope)}`,
    );
    const analysed = row?.analysed ?? 0;
    return {
      judgingLanguage: [
        { key: 'reportsWithJudgements', label: null, value: percent(row?.judging ?? 0, analysed), basis: analysed },
      ],
    };
  },
};
