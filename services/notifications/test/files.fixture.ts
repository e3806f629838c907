import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@pdo/service-kit';
import express from 'express';
import type { DataSource } from 'typeorm';
import { filesRoute } from '../src/http/files.route';
import { filesSecret } from '../src/notifications.config';

// Links are signed with FILES_SECRET when a test asks for them, before any server starts.
process.env.FILES_SECRET ??= 'a-files-secret-for-this-test-only-0123456789';

export interface FilesServer {
  origin: string;
  stop(): Promise<void>;
}

/** The service's own /files route on a free port, where the gateway would fetch a link. */
export async function startFilesServer(dataSource: DataSource): Promise<FilesServer> {
  const app = express().use(
    filesRoute({ dataSource, logger: createLogger('notifications', 'silent'), secret: () => filesSecret() }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
