// In k8s navigator searches the public catalogue on CloudNativePG's `-ro` service. The test system does the same on a
// streaming replica of the embedded PostgreSQL (scripts/infra/postgres.infra.ts, startReplica): every system test of the
// catalogue (catalogue-freshness.test.ts among them) runs through it. This test checks that the replica is one, and
// that the searches really go there.
import { randomBytes } from 'node:crypto';
import { eventually, requiredTestEnv } from '@pdo/service-kit/testing';
import pg from 'pg';
import { graphql } from './gateway.client';

const clientOn = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return new pg.Client({ connectionString: url.toString() });
};

const SEARCH = `query ($filter: ProgramSearchFilter!) { searchPrograms(filter: $filter, first: 5) { totalCount } }`;

describe('navigator on a read replica', () => {
  const primary = clientOn(requiredTestEnv('DATABASE_URL'), 'navigator');
  const replica = clientOn(requiredTestEnv('DATABASE_READ_URL'), 'navigator');
  // counts navigator's transactions from another database, so that its own reads are not among them
  const replicaStats = clientOn(requiredTestEnv('DATABASE_READ_URL'), 'postgres');

  beforeAll(async () => {
    await Promise.all([primary.connect(), replica.connect(), replicaStats.connect()]);
  });
  afterAll(async () => {
    await Promise.all([primary.end(), replicaStats.end()]);
  });

  it('reads from a hot standby that refuses writes and follows the primary', async () => {
    const { rows } = await replica.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    expect(rows[0].standby).toBe(true);
    await expect(replica.query('CREATE TABLE written_on_the_replica (id int)')).rejects.toThrow(/read-only transaction/);

    const { rows: written } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    await eventually(
      'the replica to replay what the primary has written',
      async () =>
        (await replica.query<{ behind: boolean }>('SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind', [written[0].lsn]))
          .rows[0].behind,
      (behind) => !behind,
      10_000,
    );
    // its own transactions on the navigator database are reported as its backend exits, before the count below starts
    await replica.end();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  it('answers the searches that miss the cache from the replica', async () => {
    const commits = async () => {
      await replicaStats.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await replicaStats.query<{ commits: string }>(
        `SELECT xact_commit::text AS commits FROM pg_stat_database WHERE datname = 'navigator'`,
      );
      return Number(rows[0].commits);
    };
    const before = await commits();
    // each text is new, so neither the gateway nor navigator has its answer: navigator reads the database
    const searches = 30;
    for (let i = 0; i < searches; i++) {
      const result = await graphql(SEARCH, { filter: { text: `реплика ${randomBytes(4).toString('hex')}` } });
      expect(result.errors).toBeUndefined();
    }
    // a backend reports its transactions at least every ten seconds when idle
    await eventually('the replica to count the searches', commits, (count) => count >= before + searches, 30_000);
  });
});
