import type { Kysely, Transaction } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { guardedDb } from '../database/database-errors.js';
import type { DatabaseSchema } from '../database/schema.js';
import type { Logger } from '../log.js';

export interface Mail {
  to: string;
  subject: string;
  /** What the reader sees, and what the outbox keeps. */
  text: string;
  /**
   * An HTML alternative (big buttons); built only with `escapeHtml` around every value, and
   * never kept: the outbox and a mail client without HTML show the text.
   */
  html?: string;
}

/** Text made safe to place in HTML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Every mail SEK writes is kept in `mail_outbox`. With SMTP (`SMTP_URL`, nodemailer) it is sent
 * right away and marked sent (or its error kept); without SMTP it waits there, and the beheerder
 * reads it in /beheer/ (a fresh install works without a mail server).
 */
export class Mailer {
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly log: Logger,
    options: { smtpUrl?: string; from: string; timeoutMs?: number },
  ) {
    this.from = options.from;
    const timeout = options.timeoutMs ?? 10_000;
    this.transport = options.smtpUrl
      ? nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout } as SMTPTransport.Options)
      : undefined;
  }

  private readonly from: string;

  get smtp(): boolean {
    return this.transport !== undefined;
  }

  /** Keeps the mail and sends it when SMTP is set up; true when it went out. */
  async send(mail: Mail): Promise<boolean> {
    return this.deliver(await this.keep(this.db, mail), mail);
  }

  /** Keeps a mail in the outbox, in the caller's transaction (so it exists exactly when what it tells does); returns its id. */
  async keep(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, mail: Mail): Promise<string> {
    const row = await guardedDb(() => db.insertInto('mail_outbox').values({ to_address: mail.to, subject: mail.subject, body: mail.text, sent_at: null, error: null })
      .returning('id').executeTakeFirstOrThrow());
    return row.id;
  }

  /** Sends a kept mail when SMTP is set up and marks it sent, or keeps its error; true when it went out. */
  async deliver(id: string, mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
      await guardedDb(() => this.db.updateTable('mail_outbox').set({ sent_at: new Date() }).where('id', '=', id).execute());
      return true;
    } catch (error) {
      // The address is personal data: the log names the mail's id, not its receiver.
      this.log.warn('mail not sent', { mailId: id, error: error instanceof Error ? error.message : String(error) });
      await guardedDb(() => this.db.updateTable('mail_outbox').set({ error: error instanceof Error ? error.message.slice(0, 300) : 'failed' }).where('id', '=', id).execute());
      return false;
    }
  }

  /** The newest mails, for the beheerder. */
  async recent(limit = 200) {
    return guardedDb(() => this.db.selectFrom('mail_outbox').selectAll().orderBy('id', 'desc').limit(limit).execute());
  }

  close(): void {
    this.transport?.close();
  }
}
