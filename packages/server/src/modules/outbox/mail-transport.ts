import nodemailer from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Env } from '../../env.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';

/** One rendered mail, ready to go. */
export interface OutgoingMail {
  /** Derived from the outbox row's id: the same message always carries the same Message-ID. */
  messageId: string;
  outboxMessageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  locale: string;
}

/** Where mail goes: an SMTP server, or (development without SMTP) the dev mailbox table. */
export interface MailTransport {
  readonly name: 'smtp' | 'dev-mailbox';
  /** Delivers the mail; throws a `DeliveryError` (or anything) when it could not. */
  send(mail: OutgoingMail, em: EntityManager, at: Date): Promise<void>;
  close(): void;
}

/**
 * Why a delivery failed, as a code that is safe to store and log (never the server's text, which
 * may repeat an address). `permanent`: retrying cannot help, so the message is dead at once.
 */
export class DeliveryError extends Error {
  constructor(
    readonly reason: string,
    readonly permanent = false,
  ) {
    super(`Delivery failed: ${reason}`);
    this.name = 'DeliveryError';
  }
}

/** A reason code for any failure: SMTP reply code, Node.js error code, or the error's kind. */
export function deliveryFailureReason(error: unknown): string {
  if (error instanceof DeliveryError) return error.reason;
  const fields = (error ?? {}) as { responseCode?: unknown; code?: unknown; name?: unknown };
  if (typeof fields.responseCode === 'number') return `SMTP_${fields.responseCode}`;
  if (typeof fields.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(fields.code)) return `SMTP_${fields.code}`;
  return typeof fields.name === 'string' && /^\w{1,60}$/.test(fields.name) ? fields.name : 'UNKNOWN_ERROR';
}

/** Sends over SMTP with nodemailer (SMTP_URL), from MAIL_FROM. */
export function smtpTransport(url: string, from: string): MailTransport {
  // Bounded waits: a graceful stop finishes the mail in flight, so a silent server must not hold
  // it for nodemailer's default two minutes. A `?pool=true` in SMTP_URL keeps connections open.
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.locale },
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * Development without SMTP: the mail is written to the dev mailbox (administrators read it in the
 * web app), so nothing is silently dropped. Written in the same transaction that marks it sent.
 */
export const devMailboxTransport: MailTransport = {
  name: 'dev-mailbox',
  async send(mail, em, at) {
    em.persist(
      new DevMailboxMessage({
        outboxMessageId: mail.outboxMessageId,
        messageId: mail.messageId,
        recipients: mail.to.join(', '),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        deliveredAt: at,
      }),
    );
    await em.flush();
  },
  close: () => undefined,
};

/**
 * The transport this configuration asks for: SMTP when SMTP_URL is set; the dev mailbox outside
 * production; none in production without SMTP_URL (messages stay queued; `configurationWarnings`
 * says so at every start).
 */
export function mailTransportFor(env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'NODE_ENV'>): MailTransport | null {
  if (env.SMTP_URL) return smtpTransport(env.SMTP_URL, env.MAIL_FROM);
  return env.NODE_ENV === 'production' ? null : devMailboxTransport;
}
