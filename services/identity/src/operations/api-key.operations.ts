import { DomainError, forbidden, notFound } from '@pdo/service-kit';
import { IsNull, type DataSource } from 'typeorm';
import { apiKeyPrefix, isApiKeyShaped, newApiKey } from '../domain/api-key.rules';
import { sameHash, sha256 } from '../domain/secret-token';
import { ApiKeyEntity } from '../entities/api-key.entity';

const invalidApiKey = () => new DomainError('INVALID_API_KEY', 'API-ключ недействителен или отозван.');

export const apiKeysOf = (dataSource: DataSource, providerId: string): Promise<ApiKeyEntity[]> =>
  dataSource.getRepository(ApiKeyEntity).find({ where: { providerId }, order: { createdAt: 'DESC', id: 'ASC' } });

/** A new key for the provider's system; the key itself is returned once and only its hash is kept. */
export async function createApiKey(
  dataSource: DataSource,
  input: { providerId: string; name: string; createdBy: string },
): Promise<{ key: string; entity: ApiKeyEntity }> {
  const { key, prefix, keyHash } = newApiKey();
  const entity = await dataSource.transaction((manager) =>
    manager.save(
      ApiKeyEntity,
      manager.create(ApiKeyEntity, {
        providerId: input.providerId,
        name: input.name,
        prefix,
        keyHash,
        createdBy: input.createdBy,
      }),
    ),
  );
  return { key, entity };
}

export function revokeApiKey(dataSource: DataSource, providerId: string, id: string): Promise<ApiKeyEntity> {
  return dataSource.transaction(async (manager) => {
    const entity = await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw notFound('API-ключ не найден.');
    if (entity.providerId !== providerId) throw forbidden('Это API-ключ другого поставщика.');
    if (!entity.revokedAt) {
      entity.revokedAt = new Date();
      await manager.update(ApiKeyEntity, { id }, { revokedAt: entity.revokedAt });
    }
    return entity;
  });
}

/** The live key a system presents, its use recorded; INVALID_API_KEY for anything else. */
export async function useApiKey(dataSource: DataSource, presented: string): Promise<ApiKeyEntity> {
  if (!isApiKeyShaped(presented)) throw invalidApiKey();
  const keyHash = sha256(presented);
  const candidates = await dataSource
    .getRepository(ApiKeyEntity)
    .findBy({ prefix: apiKeyPrefix(presented), revokedAt: IsNull() });
  const found = candidates.find((candidate) => sameHash(candidate.keyHash, keyHash));
  if (!found) throw invalidApiKey();
  await dataSource.transaction((manager) => manager.update(ApiKeyEntity, { id: found.id }, { lastUsedAt: new Date() }));
  return found;
}
