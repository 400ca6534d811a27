import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.js';
import { afterFailure, claimDue } from '../../db/outbox.js';
import { drain, startLoop } from '../../jobs/loop.js';
import { mailOutbox } from './tables.js';

/** Back-off between attempts; after the last one the mail is dead and shows so to the admin. */
export const MAIL_RETRY_DELAYS_SECONDS = [60, 300, 1800, 3600, 6 * 3600, 24 * 3600];
/** While one process sends a mail, others leave it alone; after a crash it is picked up when this passes. */
const LEASE_SECONDS = 120;
const BATCH = 50;

export interface MailSettings {
  smtpUrl: string | undefined;
  mailFrom: string;
}

/** The SMTP transport for the configured server, or null when none is configured (mail then stays queued). */
export function createTransport(settings: MailSettings): Transporter | null {
  if (!settings.smtpUrl) return null;
  const url = new URL(settings.smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

const OUTBOX = {
  table: mailOutbox,
  id: mailOutbox.id,
  status: mailOutbox.status,
  nextAttemptAt: mailOutbox.nextAttemptAt,
};

/** Claims due mails (any process may run this at the same time) and sends them. */
export async function sendDueMail(
  db: Db,
  transport: Transporter | null,
  from: string,
  now = new Date(),
): Promise<number> {
  if (!transport) return 0;
  const claimed = await claimDue(db, OUTBOX, { batch: BATCH, leaseSeconds: LEASE_SECONDS, now });
  for (const id of claimed) await sendOne(db, transport, from, id, now);
  return claimed.length;
}

async function sendOne(db: Db, transport: Transporter, from: string, id: number, now: Date): Promise<void> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!row) return;
  const attempts = row.attempts + 1;
  try {
    await transport.sendMail({
      from,
      to: row.recipient,
      subject: row.subject,
      text: row.text,
      ...(row.html ? { html: row.html } : {}),
    });
    await db
      .update(mailOutbox)
      .set({ status: 'sent', attempts, lastError: null, sentAt: new Date() })
      .where(eq(mailOutbox.id, id));
  } catch (caught) {
    await db
      .update(mailOutbox)
      .set({
        ...afterFailure(attempts, MAIL_RETRY_DELAYS_SECONDS, now),
        attempts,
        lastError: (caught instanceof Error ? caught.message : String(caught)).slice(0, 500),
      })
      .where(eq(mailOutbox.id, id));
  }
}

/** The background loop every process runs when background jobs are on; stops cleanly on shutdown. */
export function startMailDispatcher(
  db: Db,
  settings: MailSettings,
  onError: (error: unknown) => void,
  intervalMs = 5000,
): () => Promise<void> {
  const transport = createTransport(settings);
  const stop = startLoop(
    drain(() => sendDueMail(db, transport, settings.mailFrom)),
    onError,
    intervalMs,
  );
  return async () => {
    await stop();
    transport?.close();
  };
}
