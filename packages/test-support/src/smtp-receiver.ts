import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type { ParsedMail };

/** A real SMTP server for a test: it accepts (or refuses) mail and keeps what arrived, parsed. */
export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>` — an SMTP_URL for the code under test. */
  readonly url: string;
  /** Every mail accepted so far, in the order it arrived. */
  readonly received: ParsedMail[];
  /** While set, every recipient is refused with this SMTP reply code (e.g. 550, 451). */
  refuseWith: number | null;
  /**
   * The first mail (already arrived or still to come) that `matches`; rejects after `timeoutMs`
   * with the subjects that did arrive, for code that sends in the background (a running relay).
   */
  waitForMail(matches: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** Starts an SMTP server on a free port of 127.0.0.1 (no TLS, no authentication). */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ParsedMail[] = [];
  const arrivalListeners = new Set<(mail: ParsedMail) => void>();
  const receiver = { refuseWith: null as number | null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (receiver.refuseWith === null) return callback();
      return callback(Object.assign(new Error('Refused by the test'), { responseCode: receiver.refuseWith }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
          for (const listener of arrivalListeners) listener(mail);
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return Object.assign(receiver, {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitForMail(matches: (mail: ParsedMail) => boolean, timeoutMs = 30_000): Promise<ParsedMail> {
      const arrived = received.find(matches);
      if (arrived) return Promise.resolve(arrived);
      return new Promise<ParsedMail>((resolve, reject) => {
        const listener = (mail: ParsedMail) => {
          if (!matches(mail)) return;
          settle();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          settle();
          const subjects = received.map((mail) => mail.subject ?? '(no subject)');
          reject(new Error(`No matching mail within ${timeoutMs} ms; arrived: ${JSON.stringify(subjects)}`));
        }, timeoutMs);
        const settle = () => {
          clearTimeout(timer);
          arrivalListeners.delete(listener);
        };
        arrivalListeners.add(listener);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
