import type { RequestContext } from '@pdo/service-kit';
import { In, type DataSource } from 'typeorm';
import { ProviderEntity } from '../entities/provider.entity';

type ProviderLoader = (id: string) => Promise<ProviderEntity | null>;

/**
 * Reads the providers one request asks for in one query: a catalogue page names the provider of each of
 * its programs, and graphql resolves those fields in the same tick, so they are gathered until it ends.
 */
function providerLoader(dataSource: DataSource): ProviderLoader {
  const loaded = new Map<string, Promise<ProviderEntity | null>>();
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
      const providers = await dataSource.getRepository(ProviderEntity).findBy({ id: In(ids) });
      return new Map(providers.map((provider) => [provider.id, provider]));
    });
    const provider = batch.then((byId) => byId.get(id) ?? null);
    loaded.set(id, provider);
    return provider;
  };
}

const loaders = new WeakMap<RequestContext, ProviderLoader>();

/** One loader per request, so nothing is cached across requests. */
export function loadProvider(context: RequestContext, id: string): Promise<ProviderEntity | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = providerLoader(context.dataSource);
    loaders.set(context, loader);
  }
  return loader(id);
}
