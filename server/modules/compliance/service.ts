import type { AppContext } from '../../app-context.js';
import { periodOf } from '../../http/period.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import type { TProcedure, TProtocolContent, TText } from '../protocols/content.js';
import { currentProtocol, protocolVersion } from '../protocols/service.js';
import { type ComplianceScope, procedureFigures, stepFigures } from './repository.js';
import type { TComplianceQuery, TComplianceReport } from './schema.js';

/** The default period: the last 90 days, as the seed 000 audit in month 3 looks back over the first quarter. */
const DEFAULT_DAYS = 90;
/** Longer periods are an export's work, not a screen's. */
const MAX_DAYS = 5 * 366;

/** A manager sees their own department only; without a department there is nothing of theirs to show. */
function departmentScope(user: SessionUser): string | null | undefined {
  if (user.roles.includes('safety_officer') || user.roles.includes('director')) return undefined;
  return user.departmentId ?? null;
}

/** Step texts from the current version; a step that only older versions had keeps the text it had there. */
async function stepLabels(ctx: AppContext, current: TProtocolContent, versions: number[]) {
  const labels = new Map<string, { number: number | null; text: TText }>();
  const older = [...new Set(versions)].sort((a, b) => b - a);
  const contents = [current, ...(await Promise.all(older.map(async (v) => (await protocolVersion(ctx, v)).content)))];
  contents.forEach((content, index) => {
    for (const procedure of content.procedures) {
      procedure.steps.forEach((step, position) => {
        const key = `${procedure.key}/${step.id}`;
        if (!labels.has(key)) labels.set(key, { number: index === 0 ? position + 1 : null, text: step.text });
      });
    }
  });
  return labels;
}

/** An unknown version is a wrong question, not a missing page. */
async function protocolVersionOrRefuse(ctx: AppContext, version: number) {
  try {
    return await protocolVersion(ctx, version);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) throw new ProblemError(400, 'unknown_protocol_version');
    throw error;
  }
}

export async function complianceReport(
  ctx: AppContext,
  user: SessionUser,
  query: TComplianceQuery,
): Promise<TComplianceReport> {
  const { from, to, start, endExclusive } = periodOf(query, DEFAULT_DAYS, MAX_DAYS);
  const departmentId = departmentScope(user);
  const scope: ComplianceScope = {
    from: start,
    toExclusive: endExclusive,
    departmentId,
    officeId: query.officeId,
    procedure: query.procedure,
    version: query.version,
  };
  const [current, procedures, steps] = await Promise.all([
    query.version ? protocolVersionOrRefuse(ctx, query.version) : currentProtocol(ctx),
    procedureFigures(ctx.db, scope),
    stepFigures(ctx.db, scope),
  ]);
  const labels = await stepLabels(
    ctx,
    current.content,
    procedures.flatMap((row) => row.versions).filter((v) => v !== current.version),
  );
  const shown = current.content.procedures.filter((p: TProcedure) => !query.procedure || p.key === query.procedure);

  return {
    from,
    to,
    scope: departmentId === undefined ? 'organisation' : 'department',
    version: query.version ?? null,
    procedures: shown.map((procedure) => {
      const figures = procedures.find((row) => row.procedureKey === procedure.key);
      const rows = new Map(steps.filter((row) => row.procedureKey === procedure.key).map((row) => [row.stepId, row]));
      // Every step of the current version, also those nobody reached, then steps only older versions had.
      const stepIds = [
        ...procedure.steps.map((step) => step.id),
        ...[...rows.keys()].filter((id) => !procedure.steps.some((s) => s.id === id)),
      ];
      return {
        key: procedure.key,
        title: procedure.title,
        handlings: figures?.handlings ?? 0,
        closed: figures?.closed ?? 0,
        withSkippedSteps: figures?.withSkippedSteps ?? 0,
        medianDurationSeconds: figures?.medianDurationSeconds ?? null,
        versions: figures?.versions ?? [],
        steps: stepIds.map((stepId) => {
          const row = rows.get(stepId);
          const label = labels.get(`${procedure.key}/${stepId}`) ?? { number: null, text: { nl: stepId, en: stepId } };
          return {
            stepId,
            number: label.number,
            text: label.text,
            done: row?.done ?? 0,
            notApplicable: row?.notApplicable ?? 0,
            skipped: row?.skipped ?? 0,
            medianSeconds: row?.medianSeconds ?? null,
            skipReasons: row?.skipReasons ?? [],
          };
        }),
      };
    }),
  };
}
