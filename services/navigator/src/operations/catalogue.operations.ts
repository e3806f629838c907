import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { CatalogueCache, type CatalogueVersion, searchKey } from '../domain/catalogue-cache.rules';
import type { ProviderEntity } from '../entities/provider.entity';
import { searchPrograms, type SearchPage } from '../search/program.search';
import type { SearchPosition, SearchSort } from '../search/search-cursor';
import { dependsOnSeats, type SearchFilter } from '../search/search.sql';
import { providersByIds } from './provider.loader';

// Groups that have ended drop out of searches at midnight, so the day is part of the version.
const VERSION_SQL = `SELECT version::text || ':' || current_date::text AS catalogue, seats_version::text AS seats
                     FROM catalogue_version`;

/** A page of the catalogue with the providers it names, kept together: a provider's change moves the version. */
export interface CataloguePage {
  page: SearchPage;
  providers: ProviderEntity[];
}

interface CatalogueState {
  cache: CatalogueCache<CataloguePage>;
  /**
   * The one version read under way: concurrent searches wait for it rather than read it again, unless it began
   * before this process's last change, which it may have missed.
   */
  reading: { version: Promise<CatalogueVersion>; startedAt: number } | null;
}

// One cache per database: a process has one, the integration tests one per test database.
const states = new WeakMap<DataSource, CatalogueState>();

/** A statement that changes what the catalogue shows (the same tables the version's triggers watch). */
const CATALOGUE_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(?:programs|program_groups|providers)"?[\s(]/i;
/**
 * Transactions that have written to the catalogue, until they commit. Not `queryRunner.data`: TypeORM's `save` puts
 * that back as it was when it finishes, and the mark made during its UPDATE would be lost.
 */
const writing = new WeakSet<QueryRunner>();

/**
 * What this process has written to the catalogue and the replica may not have replayed yet. Until it has, this
 * process searches on the primary, so whoever just published or certified a program finds it at once.
 */
interface OwnWrites {
  /** a write committed and the replica is not known to have it */
  pending: boolean;
  /** counts the writes, so that the WAL position read after one write is not taken for a later one's */
  last: number;
  /** the primary's WAL position after the last write, once read */
  lsn: string | null;
}

const ownWrites = new WeakMap<DataSource, OwnWrites>();

/**
 * Other processes see a change within a second through the version; this one, which made it, at once: after a
 * write to the catalogue commits, the next search reads the version again, on the primary until the replica has
 * replayed the write. Registered when the service starts, so that no write goes unseen.
 */
export function watchCatalogueWrites(primary: DataSource): OwnWrites {
  const known = ownWrites.get(primary);
  if (known) return known;
  const writes: OwnWrites = { pending: false, last: 0, lsn: null };
  ownWrites.set(primary, writes);
  const written = () => {
    stateOf(primary).cache.distrust(performance.now());
    writes.pending = true;
    writes.lsn = null;
    const write = ++writes.last;
    // the insert position, past the commit record: with synchronous_commit off the written one may not have reached it
    void primary.query('SELECT pg_current_wal_insert_lsn()::text AS lsn').then(
      ([{ lsn }]: { lsn: string }[]) => {
        if (writes.last === write) writes.lsn = lsn;
      },
      () => undefined,
    );
  };
  primary.subscribers.push({
    afterQuery({ query, success, queryRunner }) {
      if (!success || !CATALOGUE_WRITE.test(query)) return;
      if (queryRunner.isTransactionActive) writing.add(queryRunner);
      else written();
    },
    // a savepoint's commit leaves the transaction open: only the outermost commit counts
    afterTransactionCommit: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive && writing.delete(queryRunner)) written();
    },
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive) writing.delete(queryRunner);
    },
  } satisfies EntitySubscriberInterface);
  return writes;
}

/** Whether the replica has replayed this process's last catalogue write; once it has, its answers are read afresh. */
async function replicaHasOwnWrites(writes: OwnWrites, replica: DataSource): Promise<boolean> {
  if (!writes.pending) return true;
  const lsn = writes.lsn;
  if (lsn === null) return false;
  const [{ replayed }]: { replayed: boolean }[] = await replica.query(
    'SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS replayed',
    [lsn],
  );
  if (!replayed) return false;
  // a write since the position was read keeps the searches on the primary until its own position is replayed
  if (writes.lsn === lsn) writes.pending = false;
  else return false;
  stateOf(replica).cache.distrust(performance.now());
  return true;
}

function stateOf(dataSource: DataSource): CatalogueState {
  let state = states.get(dataSource);
  if (!state) {
    state = { cache: new CatalogueCache<CataloguePage>(), reading: null };
    states.set(dataSource, state);
  }
  return state;
}

/** The catalogue's version, read from the database at most once a second per process. */
function catalogueVersion(dataSource: DataSource, state: CatalogueState): Promise<CatalogueVersion> {
  const trusted = state.cache.trustedVersion(performance.now());
  if (trusted !== null) return Promise.resolve(trusted);
  if (!state.reading || !state.cache.trustsReadBegunAt(state.reading.startedAt)) {
    const reading = {
      startedAt: performance.now(),
      version: dataSource.query(VERSION_SQL).then(([{ catalogue, seats }]: CatalogueVersion[]) => {
        const version = { catalogue, seats };
        state.cache.versionRead(version, reading.startedAt);
        return version;
      }),
    };
    state.reading = reading;
    void reading.version
      .finally(() => {
        if (state.reading === reading) state.reading = null;
      })
      .catch(() => undefined);
  }
  return state.reading.version;
}

/** Where the catalogue is read: the primary and, where one is configured, a replica that may trail it. */
export interface CatalogueSources {
  primary: DataSource;
  replica: DataSource;
}

/**
 * A page of the public catalogue. It is the same for every viewer (published programs only), so it is kept
 * per catalogue version and answered from memory until a program, group or provider changes (or, for a search
 * for free seats, a seat is taken or freed). It is read on the replica, unless this process's own last change
 * has not reached it yet.
 */
export async function searchCatalogue(
  sources: CatalogueSources,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<CataloguePage> {
  const { primary, replica } = sources;
  const writes = watchCatalogueWrites(primary);
  const dataSource = replica === primary || (await replicaHasOwnWrites(writes, replica)) ? replica : primary;
  const state = stateOf(dataSource);
  const version = await catalogueVersion(dataSource, state);
  const key = searchKey({ filter, sort, after, limit }, dependsOnSeats(filter) ? version.seats : null);
  const kept = state.cache.get(version, key);
  if (kept) return kept;
  const page = await searchPrograms(dataSource, filter, sort, after, limit);
  const providers = await providersByIds(
    dataSource,
    page.programs.map(({ program }) => program.providerId),
  );
  const answer = { page, providers };
  state.cache.set(version, key, answer);
  return answer;
}
