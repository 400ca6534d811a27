import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { currentProtocol } from '../protocols/service.js';
import { DEFAULT_SIGNAL_CARD, type TSignalCardContent, ZSignalCardContent } from './content.js';
import type { TSignalCard } from './schema.js';
import { signalCards } from './tables.js';

const CARD_ID = 1;

async function ownPart(ctx: AppContext): Promise<{ content: TSignalCardContent; updatedAt: Date | null }> {
  const [row] = await ctx.db.select().from(signalCards).where(eq(signalCards.id, CARD_ID));
  return row
    ? { content: ZSignalCardContent.parse(row.content), updatedAt: row.updatedAt }
    : { content: DEFAULT_SIGNAL_CARD, updatedAt: null };
}

/** The card: its own part plus the current protocol's phases, sentences, script, route and numbers. */
export async function signalCard(ctx: AppContext): Promise<TSignalCard> {
  const [own, protocol] = await Promise.all([ownPart(ctx), currentProtocol(ctx)]);
  const content = protocol.content;
  return {
    content: own.content,
    updatedAt: own.updatedAt?.toISOString() ?? null,
    protocolVersion: protocol.version,
    alarmNumber: content.settings.alarmNumber,
    emergencyNumber: content.settings.emergencyNumber,
    phases: content.phases.map((phase, index) => ({
      phase: phase.phase,
      name: phase.name,
      signals: phase.signals,
      sentences: phase.sentences,
      action: own.content.actions[index] ?? { nl: '', en: '' },
    })),
    boundarySentences: content.boundarySentences,
    script: content.script,
    route: content.route,
  };
}

export async function saveSignalCard(ctx: AppContext, user: SessionUser, content: TSignalCardContent) {
  const before = await ownPart(ctx);
  await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .insert(signalCards)
      .values({ id: CARD_ID, content, updatedBy: user.id, updatedAt: now })
      .onConflictDoUpdate({ target: signalCards.id, set: { content, updatedBy: user.id, updatedAt: now } });
    await recordAudit(tx, actorOf(user), {
      action: 'signal_card.saved',
      entityType: 'signal_card',
      entityId: String(CARD_ID),
      before: { content: before.content },
      after: { content },
    });
  });
  return signalCard(ctx);
}
