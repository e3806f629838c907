import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import type { Viewer } from './viewer';

/** The HTTP side of a request that came through the gateway; absent when a test executes the schema directly. */
export interface ForwardedHttp {
  /** the caller's IP address as the gateway established it */
  clientAddress: string | null;
  /** cookies the client sent (the gateway forwards them to identity only) */
  cookies: Record<string, string>;
  /** adds a Set-Cookie header to the response; the gateway passes it on to the client */
  setCookie(header: string): void;
}

export interface RequestContext {
  viewer: Viewer;
  dataSource: DataSource;
  /** the replica of DATABASE_READ_URL when one is configured (see `readSource`) */
  readDataSource?: DataSource;
  logger: Logger;
  http?: ForwardedHttp;
}

/**
 * Where a read that may trail the writes by a moment goes: the replica when the service has one, else its own
 * database. Never for a read that must see the caller's own change, nor inside a transaction.
 */
export const readSource = (context: RequestContext): DataSource => context.readDataSource ?? context.dataSource;
