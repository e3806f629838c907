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
  logger: Logger;
  http?: ForwardedHttp;
}
