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
  /** the one version read under way: concurrent searches wait for it rather than read it again */
  reading: Promise<CatalogueVersion> | null;
}

// One cache per database: a process has one, the integration tests one per test database.
const states = new WeakMap<DataSource, CatalogueState>();

/** A statement that changes what the catalogue shows (the same tables the version's triggers watch). */
const CATALOGUE_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(?:programs|program_groups|providers)"?[\s(]/i;
const WROTE = 'catalogueWritten';

/**
 * Other replicas see a change within a second through the version; this process, which made it, at once:
 * after a write to the catalogue commits, the next search reads the version again.
 */
function ownWritesSubscriber(cache: CatalogueCache<CataloguePage>): EntitySubscriberInterface {
  const committed = (queryRunner: QueryRunner) => {
    if (queryRunner.isTransactionActive) return;
    if (queryRunner.data?.[WROTE]) cache.distrust(Date.now());
    if (queryRunner.data) delete queryRunner.data[WROTE];
  };
  return {
    afterQuery({ query, success, queryRunner }) {
      if (!success || !CATALOGUE_WRITE.test(query)) return;
      if (queryRunner.isTransactionActive) queryRunner.data = { ...queryRunner.data, [WROTE]: true };
      else cache.distrust(Date.now());
    },
    afterTransactionCommit: ({ queryRunner }) => committed(queryRunner),
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive && queryRunner.data) delete queryRunner.data[WROTE];
    },
  };
}

function stateOf(dataSource: DataSource): CatalogueState {
  let state = states.get(dataSource);
  if (!state) {
    state = { cache: new CatalogueCache<CataloguePage>(), reading: null };
    dataSource.subscribers.push(ownWritesSubscriber(state.cache));
    states.set(dataSource, state);
  }
  return state;
}

/** The catalogue's version, read from the database at most once a second per process. */
function catalogueVersion(dataSource: DataSource, state: CatalogueState): Promise<CatalogueVersion> {
  const trusted = state.cache.trustedVersion(Date.now());
  if (trusted !== null) return Promise.resolve(trusted);
  if (!state.reading) {
    const startedAt = Date.now();
    state.reading = dataSource
      .query(VERSION_SQL)
      .then(([{ catalogue, seats }]: CatalogueVersion[]) => {
        const version = { catalogue, seats };
        state.cache.versionRead(version, startedAt);
        return version;
      })
      .finally(() => {
        state.reading = null;
      });
  }
  return state.reading;
}

/**
 * A page of the public catalogue. It is the same for every viewer (published programs only), so it is kept
 * per catalogue version and answered from memory until a program, group or provider changes (or, for a search
 * for free seats, a seat is taken or freed).
 */
export async function searchCatalogue(
  dataSource: DataSource,
  filter: SearchFilter,
  sort: SearchSort,
  after: SearchPosition | null,
  limit: number,
): Promise<CataloguePage> {
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
