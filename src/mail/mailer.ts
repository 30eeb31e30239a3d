// Sending e-mail: over SMTP with nodemailer when SMTP_URL is set; otherwise
// each message is written to the server log, so a fresh installation still
// works and an administrator can pass a link on by hand.
import nodemailer from 'nodemailer';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  /** False when messages only reach the log. */
  readonly delivers: boolean;
  send(message: MailMessage): Promise<void>;
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    delivers: true,
    async send(message) {
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
  };
}

export function createLogMailer(log: (entry: { to: string; subject: string; text: string }, note: string) => void): Mailer {
  return {
    delivers: false,
    async send(message) {
      log({ ...message }, 'E-mail not sent (SMTP_URL is not set); its text is logged instead');
    },
  };
}
