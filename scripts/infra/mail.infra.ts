// A development mail server: accepts every message over SMTP and keeps the latest in memory,
// for people to read on a web page and for tests to read through a JSON API.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { Server } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

const KEEP = 1000;
const PAGE = path.join(import.meta.dirname, 'mail', 'mailbox.html');

export type MailAttachment = { filename: string; contentType: string; size: number };

export type MailMessage = {
  id: string;
  /** Envelope recipients, so Bcc is seen too. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** When the message was received, ISO 8601. */
  date: string;
  attachments: MailAttachment[];
};

export type MailOptions = { smtpPort: number; webPort: number };

export type MailServer = { smtpUrl: string; webUrl: string; stop(): Promise<void> };

type Received = { message: MailMessage; contents: Buffer[] };

export async function startMail(opts: MailOptions): Promise<MailServer> {
  const page = await readFile(PAGE);
  const inbox: Received[] = []; // newest first
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    size: 25 * 1024 * 1024,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        inbox.unshift(received(mail, session));
        inbox.splice(KEEP);
        callback();
      }, callback);
    },
  });
  // A client that drops its connection is no failure of the server.
  smtp.on('error', () => undefined);
  const web = http.createServer((request, response) => serve(inbox, page, request, response));

  const stop = async (): Promise<void> => {
    web.closeAllConnections();
    await Promise.all([
      new Promise<void>((resolve) => smtp.close(() => resolve())),
      new Promise<void>((resolve) => web.close(() => resolve())),
    ]);
  };
  const listening = await Promise.allSettled([
    listen(smtp.server, opts.smtpPort, 'SMTP'),
    listen(web, opts.webPort, 'the mailbox page'),
  ]);
  const failure = listening.find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { smtpUrl: `smtp://127.0.0.1:${opts.smtpPort}`, webUrl: `http://127.0.0.1:${opts.webPort}`, stop };
}

function received(mail: ParsedMail, session: SMTPServerSession): Received {
  const { mailFrom, rcptTo } = session.envelope;
  return {
    message: {
      id: randomUUID(),
      to: rcptTo.map((recipient) => recipient.address),
      from: mail.from?.text ?? (mailFrom ? mailFrom.address : ''),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: mail.html || '',
      date: new Date().toISOString(),
      attachments: mail.attachments.map((attachment) => ({
        filename: attachment.filename ?? 'attachment',
        contentType: attachment.contentType,
        size: attachment.size,
      })),
    },
    contents: mail.attachments.map((attachment) => attachment.content),
  };
}

function serve(inbox: Received[], page: Buffer, request: http.IncomingMessage, response: http.ServerResponse): void {
  const { pathname } = new URL(request.url ?? '/', 'http://mailbox');
  const attachment = /^\/api\/messages\/([^/]+)\/attachments\/(\d+)$/.exec(pathname);
  if (request.method === 'GET' && pathname === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (request.method === 'GET' && pathname === '/api/messages') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(inbox.map((entry) => entry.message)));
  } else if (request.method === 'DELETE' && pathname === '/api/messages') {
    inbox.length = 0;
    response.writeHead(204).end();
  } else if (request.method === 'GET' && attachment) {
    const entry = inbox.find((candidate) => candidate.message.id === attachment[1]);
    const index = Number(attachment[2]);
    const meta = entry?.message.attachments[index];
    const content = entry?.contents[index];
    if (!meta || !content) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': meta.contentType,
      'content-length': content.length,
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(meta.filename)}`,
    });
    response.end(content);
  } else {
    response.writeHead(404).end();
  }
}

function listen(server: Server, port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} for ${what} is already in use: stop what uses it, or set SMTP_URL to an existing mail server`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
