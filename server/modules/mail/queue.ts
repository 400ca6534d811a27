import type { Executor } from '../../db/client.js';
import { mailOutbox } from './tables.js';

export interface OutgoingMail {
  /** One address. */
  to: string;
  subject: string;
  /** The plain-text body: always there, it is what many mail programs and screen readers show. */
  text: string;
  /** A simple HTML version of the same text (optional). */
  html?: string;
  /** What the mail is about, e.g. 'survey.invitation'; shown to the admin, so nothing personal. */
  kind: string;
}

/**
 * Queues an e-mail inside the caller's transaction: it is sent by the mail dispatcher after the transaction commits,
 * and never when it rolls back. The one function other modules call to send mail.
 */
export async function queueMail(tx: Executor, mail: OutgoingMail): Promise<void> {
  await queueMails(tx, [mail]);
}

/** Queues several e-mails at once (an invitation round), in the caller's transaction. */
export async function queueMails(tx: Executor, mails: OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  // Insert in chunks: a large organisation's invitation round stays under PostgreSQL's parameter limit.
  for (let start = 0; start < mails.length; start += 1000) {
    await tx.insert(mailOutbox).values(
      mails.slice(start, start + 1000).map((mail) => ({
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        kind: mail.kind,
      })),
    );
  }
}

/** Escapes text for the HTML part of a mail. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A plain, readable HTML mail from paragraphs and an optional button-like link. */
export function simpleHtml(language: 'nl' | 'en', paragraphs: string[], link?: { href: string; label: string }) {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  const action = link
    ? `<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:12px 20px;background:#154273;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="${language}"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">${body}\n${action}</body></html>`;
}
