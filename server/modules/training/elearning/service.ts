import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.js';
import type { SessionUser } from '../../../http/policy.js';
import { ProblemError } from '../../../http/problem.js';
import { recordAudit } from '../../audit/record.js';
import { actorOf } from '../../auth/service.js';
import { currentProtocolContent } from '../../protocols/service.js';
import { elearningResults } from '../tables.js';
import { availableTo, ELEARNING_MODULES, type ElearningModule, moduleFor, PASS_RATIO } from './modules.js';
import type { TQuizResult } from './schema.js';

function visibleModule(user: SessionUser, id: string): ElearningModule {
  const module = moduleFor(id);
  // A module for another role is as good as absent for this user.
  if (!module || !availableTo(module, user.roles)) throw new ProblemError(404, 'not_found');
  return module;
}

export async function moduleList(ctx: AppContext, user: SessionUser) {
  const [protocol, results] = await Promise.all([
    currentProtocolContent(ctx.db),
    ctx.db.select().from(elearningResults).where(eq(elearningResults.userId, user.id)),
  ]);
  return ELEARNING_MODULES.filter((module) => availableTo(module, user.roles)).map((module) => {
    const passed = results
      .filter((result) => result.moduleId === module.id && result.passed)
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
    return {
      id: module.id,
      title: module.title,
      minutes: module.minutes,
      questions: module.questions(protocol).length,
      passed: passed.length > 0,
      lastPassedAt: passed[0]?.submittedAt.toISOString() ?? null,
    };
  });
}

export async function moduleView(ctx: AppContext, user: SessionUser, id: string) {
  const module = visibleModule(user, id);
  const protocol = await currentProtocolContent(ctx.db);
  return {
    id: module.id,
    title: module.title,
    minutes: module.minutes,
    content: module.content(protocol),
    questions: module.questions(protocol).map(({ id: questionId, text, options }) => ({
      id: questionId,
      text,
      options,
    })),
  };
}

/** Scores the quiz against the current protocol's version of it, stores the result and explains every answer. */
export async function submitQuiz(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  answers: number[],
): Promise<TQuizResult> {
  const module = visibleModule(user, id);
  const questions = module.questions(await currentProtocolContent(ctx.db));
  if (answers.length !== questions.length) throw new ProblemError(400, 'quiz_incomplete', { count: questions.length });
  const scored = questions.map((question, index) => {
    const chosen = answers[index] as number;
    if (chosen >= question.options.length) throw new ProblemError(400, 'quiz_incomplete', { count: questions.length });
    return {
      id: question.id,
      chosen,
      correct: question.correct,
      right: chosen === question.correct,
      explanation: question.explanation,
    };
  });
  const correct = scored.filter((question) => question.right).length;
  const passed = correct >= Math.ceil(PASS_RATIO * questions.length);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(elearningResults)
      .values({ userId: user.id, moduleId: module.id, correct, total: questions.length, passed, answers })
      .returning();
    await recordAudit(tx, actorOf(user), {
      action: 'training.quiz_submitted',
      entityType: 'elearning_result',
      entityId: row?.id ?? null,
      details: { moduleId: module.id, correct, total: questions.length, passed },
    });
  });
  return { correct, total: questions.length, passed, questions: scored };
}
