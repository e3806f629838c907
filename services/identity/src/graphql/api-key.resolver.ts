import {
  API_KEY_TOKEN_TTL_SECONDS,
  DomainError,
  forbidden,
  notFound,
  parseInput,
  signAccessToken,
  type RequestContext,
  type Viewer,
} from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import { apiKeyPrefix, isApiKeyShaped, newApiKey } from '../domain/api-key.rules';
import { sameHash, sha256 } from '../domain/secret-token';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { identityConfig } from '../identity.config';
import { ApiKey, ApiKeyAccessToken, CreatedApiKey } from './api-key.type';

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Назовите ключ, например по имени системы.')
  .max(100, 'Название ключа слишком длинное.');
const keySchema = z.string().trim().min(1, 'Нет API-ключа.').max(200, 'API-ключ слишком длинный.');

const toApiKey = ({ id, name, prefix, createdBy, createdAt, revokedAt, lastUsedAt }: ApiKeyEntity): ApiKey => ({
  id,
  name,
  prefix,
  createdBy,
  createdAt,
  revokedAt,
  lastUsedAt,
});

const invalidApiKey = () => new DomainError('INVALID_API_KEY', 'API-ключ недействителен или отозван.');

/** Keys are managed by the provider's people, never by a system holding a key. */
function staffProvider(viewer: Viewer): string {
  if (viewer.viaApiKey || !viewer.providerId) throw forbidden('API-ключами управляют сотрудники поставщика в личном кабинете.');
  return viewer.providerId;
}

@Resolver()
export class ApiKeyResolver {
  @Authorized('provider_staff')
  @Query(() => [ApiKey], { description: 'API-ключи своего поставщика, новые первыми (без самих ключей)' })
  async myApiKeys(@Ctx() { viewer, dataSource }: RequestContext): Promise<ApiKey[]> {
    const providerId = staffProvider(viewer);
    const keys = await dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { providerId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return keys.map(toApiKey);
  }

  @Authorized('provider_staff')
  @Mutation(() => CreatedApiKey, { description: 'Выпустить API-ключ для учётной системы своего поставщика' })
  async createApiKey(
    @Arg('name', () => String) name: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<CreatedApiKey> {
    const providerId = staffProvider(viewer);
    const cleanName = parseInput(nameSchema, name);
    const { key, prefix, keyHash } = newApiKey();
    const saved = await dataSource.transaction((manager) =>
      manager.save(
        ApiKeyEntity,
        manager.create(ApiKeyEntity, { providerId, name: cleanName, prefix, keyHash, createdBy: viewer.userId as string }),
      ),
    );
    return { key, apiKey: toApiKey(saved) };
  }

  @Authorized('provider_staff')
  @Mutation(() => ApiKey, { description: 'Отозвать API-ключ своего поставщика; система с ним теряет доступ в течение минуты' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<ApiKey> {
    const providerId = staffProvider(viewer);
    if (!z.uuid().safeParse(id).success) throw notFound('API-ключ не найден.');
    return dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound('API-ключ не найден.');
      if (entity.providerId !== providerId) throw forbidden('Это API-ключ другого поставщика.');
      if (!entity.revokedAt) {
        entity.revokedAt = new Date();
        await manager.update(ApiKeyEntity, { id }, { revokedAt: entity.revokedAt });
      }
      return toApiKey(entity);
    });
  }

  @Mutation(() => ApiKeyAccessToken, {
    description: 'Обменять API-ключ поставщика на короткоживущий токен доступа (так делает шлюз)',
  })
  async exchangeApiKey(@Arg('key', () => String) key: string, @Ctx() { dataSource }: RequestContext): Promise<ApiKeyAccessToken> {
    const presented = parseInput(keySchema, key);
    if (!isApiKeyShaped(presented)) throw invalidApiKey();
    const keyHash = sha256(presented);
    const candidates = await dataSource
      .getRepository(ApiKeyEntity)
      .findBy({ prefix: apiKeyPrefix(presented), revokedAt: IsNull() });
    const found = candidates.find((candidate) => sameHash(candidate.keyHash, keyHash));
    if (!found) throw invalidApiKey();
    await dataSource.transaction((manager) => manager.update(ApiKeyEntity, { id: found.id }, { lastUsedAt: new Date() }));
    const accessToken = await signAccessToken(
      {
        userId: found.createdBy,
        roles: ['provider_staff'],
        municipalityCode: null,
        providerId: found.providerId,
        viaApiKey: true,
      },
      identityConfig().JWT_PRIVATE_KEY,
    );
    return { accessToken, expiresInSeconds: API_KEY_TOKEN_TTL_SECONDS };
  }
}
