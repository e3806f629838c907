import type { RequestContext } from '@pdo/service-kit';
import { In, type DataSource } from 'typeorm';
import { ProviderEntity } from '../entities/provider.entity';

type ProviderLoader = (id: string) => Promise<ProviderEntity | null>;

/**
 * Reads the providers one request asks for in one query: a catalogue page names the provider of each of
 * its programs, and graphql resolves those fields in the same tick, so they are gathered until it ends.
 */
function providerLoader(dataSource: DataSource, loaded: Map<string, Promise<ProviderEntity | null>>): ProviderLoader {
  let waiting: string[] = [];
  let batch: Promise<Map<string, ProviderEntity>> | null = null;
  return (id) => {
    const known = loaded.get(id);
    if (known) return known;
    waiting.push(id);
    batch ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const ids = waiting;
      waiting = [];
      batch = null;
      const providers = await providersByIds(dataSource, ids);
      return new Map(providers.map((provider) => [provider.id, provider]));
    });
    const provider = batch.then((byId) => byId.get(id) ?? null);
    loaded.set(id, provider);
    return provider;
  };
}

interface RequestProviders {
  load: ProviderLoader;
  loaded: Map<string, Promise<ProviderEntity | null>>;
}

const loaders = new WeakMap<RequestContext, RequestProviders>();

/** One loader per request, so nothing is cached across requests but what the request itself primes. */
function requestProviders(context: RequestContext): RequestProviders {
  let providers = loaders.get(context);
  if (!providers) {
    const loaded = new Map<string, Promise<ProviderEntity | null>>();
    providers = { load: providerLoader(context.dataSource, loaded), loaded };
    loaders.set(context, providers);
  }
  return providers;
}

export const loadProvider = (context: RequestContext, id: string): Promise<ProviderEntity | null> =>
  requestProviders(context).load(id);

/** Providers the request already holds (a kept catalogue page brings its own), so naming them reads nothing. */
export function primeProviders(context: RequestContext, providers: readonly ProviderEntity[]): void {
  const { loaded } = requestProviders(context);
  for (const provider of providers) if (!loaded.has(provider.id)) loaded.set(provider.id, Promise.resolve(provider));
}

/** The providers of these ids, in one query. */
export const providersByIds = (dataSource: DataSource, ids: readonly string[]): Promise<ProviderEntity[]> =>
  ids.length === 0 ? Promise.resolve([]) : dataSource.getRepository(ProviderEntity).findBy({ id: In([...new Set(ids)]) });
