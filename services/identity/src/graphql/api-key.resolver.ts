import {
  API_KEY_TOKEN_TTL_SECONDS,
  forbidden,
  notFound,
  parseInput,
  signAccessToken,
  type RequestContext,
  type Viewer,
} from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { ApiKeyEntity } from '../entities/api-key.entity';
import { identityConfig } from '../identity.config';
import { apiKeysOf, createApiKey, revokeApiKey, useApiKey } from '../operations/api-key.operations';
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
    return (await apiKeysOf(dataSource, providerId)).map(toApiKey);
  }

  @Authorized('provider_staff')
  @Mutation(() => CreatedApiKey, { description: 'Выпустить API-ключ для учётной системы своего поставщика' })
  async createApiKey(
    @Arg('name', () => String) name: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<CreatedApiKey> {
    const providerId = staffProvider(viewer);
    const cleanName = parseInput(nameSchema, name);
    const { key, entity } = await createApiKey(dataSource, { providerId, name: cleanName, createdBy: viewer.userId as string });
    return { key, apiKey: toApiKey(entity) };
  }

  @Authorized('provider_staff')
  @Mutation(() => ApiKey, { description: 'Отозвать API-ключ своего поставщика; система с ним теряет доступ в течение минуты' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<ApiKey> {
    const providerId = staffProvider(viewer);
    if (!z.uuid().safeParse(id).success) throw notFound('API-ключ не найден.');
    return toApiKey(await revokeApiKey(dataSource, providerId, id));
  }

  @Mutation(() => ApiKeyAccessToken, {
    description: 'Обменять API-ключ поставщика на короткоживущий токен доступа (так делает шлюз)',
  })
  async exchangeApiKey(@Arg('key', () => String) key: string, @Ctx() { dataSource }: RequestContext): Promise<ApiKeyAccessToken> {
    const found = await useApiKey(dataSource, parseInput(keySchema, key));
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
