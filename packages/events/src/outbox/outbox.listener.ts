import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { OUTBOX_CHANNEL } from './outbox.publisher';

const RECONNECT_DELAY_MS = 1000;

export interface ChannelListener {
  close(): void;
}

/** Calls `onNotify` whenever a transaction that published an event commits. */
export const listenForOutbox = (dataSource: DataSource, onNotify: () => void, logger: Logger): ChannelListener =>
  listenForChannel(dataSource, OUTBOX_CHANNEL, onNotify, logger);

/**
 * Calls `onNotify` on every NOTIFY on `channel` (a fixed identifier, never user input). Holds one
 * connection of the data source's pool (LISTEN needs a connection of its own); reconnects when it drops,
 * and calls `onNotify` after each (re)connect since notifications sent meanwhile are gone.
 */
export function listenForChannel(dataSource: DataSource, channel: string, onNotify: () => void, logger: Logger): ChannelListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let dropCurrent: (() => void) | undefined;

  async function connect(): Promise<void> {
    let connection: PoolClient;
    try {
      connection = await pool.connect();
    } catch (error) {
      if (closed) return;
      logger.warn({ err: error, channel }, 'listener could not connect');
      retryTimer = setTimeout(connect, RECONNECT_DELAY_MS);
      return;
    }
    let released = false;
    // Destroyed, never returned to the pool: it is LISTENing and carries our handlers.
    const drop = (error?: unknown) => {
      if (released) return;
      released = true;
      connection.release(true);
      if (closed) return;
      logger.warn({ err: error, channel }, 'listener lost its connection');
      retryTimer = setTimeout(connect, RECONNECT_DELAY_MS);
    };
    dropCurrent = drop;
    connection.on('notification', onNotify);
    connection.on('error', drop);
    try {
      await connection.query(`LISTEN ${channel}`);
    } catch (error) {
      return drop(error);
    }
    if (closed) return drop();
    onNotify();
  }

  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(retryTimer);
      dropCurrent?.();
    },
  };
}
