import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  DomainError,
  forbidden,
  hasRole,
  isUniqueViolation,
  notFound,
  parseInput,
  type RequestContext,
  type Viewer,
} from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { assertReviewerFor, isReviewerFor } from '../domain/access.rules';
import { checkTaxIds, type ProviderStatus } from '../domain/provider.rules';
import { ProviderEntity } from '../entities/provider.entity';
import { ProviderInput, providerInputSchema } from './provider.input';
import { Provider, toProvider } from './provider.type';

async function register(
  manager: EntityManager,
  input: ProviderInput,
  status: ProviderStatus,
  approver: Viewer | null,
): Promise<Provider> {
  const valid = parseInput(providerInputSchema, input);
  checkTaxIds(valid.type, valid.inn, valid.ogrn);
  const { type, ...fields } = valid;
  try {
    const saved = await manager.getRepository(ProviderEntity).save({
      ...fields,
      kind: type,
      licenceNumber: valid.licenceNumber ?? null,
      website: valid.website ?? null,
      status,
      approvedBy: approver?.userId ?? null,
      approvedAt: approver ? new Date() : null,
    });
    return toProvider(saved);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('PROVIDER_ALREADY_REGISTERED', 'Поставщик с таким ИНН уже зарегистрирован в навигаторе.', {
        field: 'inn',
      });
    }
    throw error;
  }
}

const idSchema = z.uuid('Неверный идентификатор.');

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => Provider, { nullable: true, description: 'Поставщик; заявку, ещё не одобренную, видят только проверяющие' })
  async provider(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Provider | null> {
    if (!idSchema.safeParse(id).success) return null;
    const entity = await dataSource.getRepository(ProviderEntity).findOneBy({ id });
    if (!entity) return null;
    return entity.status === 'approved' || isReviewerFor(viewer, entity.municipalityCode) ? toProvider(entity) : null;
  }

  @Authorized('operator', 'regional_admin')
  @Query(() => [Provider], { description: 'Заявки поставщиков, ждущие проверки (оператор видит свой муниципалитет)' })
  async providerApplications(@Ctx() { viewer, dataSource }: RequestContext): Promise<Provider[]> {
    const everywhere = hasRole(viewer, 'regional_admin');
    if (!everywhere && !viewer.municipalityCode) throw forbidden();
    const entities = await dataSource.getRepository(ProviderEntity).find({
      where: everywhere ? { status: 'pending' } : { status: 'pending', municipalityCode: viewer.municipalityCode ?? undefined },
      order: { createdAt: 'ASC' },
    });
    return entities.map(toProvider);
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Provider, { description: 'Регистрация поставщика оператором МОЦ или РМЦ (сразу допущен)' })
  registerProvider(
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Provider> {
    assertReviewerFor(viewer, String(input.municipalityCode));
    return dataSource.transaction((manager) => register(manager, input, 'approved', viewer));
  }

  @Mutation(() => Provider, { description: 'Заявка поставщика на участие в навигаторе; её проверяет МОЦ' })
  applyAsProvider(
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Provider> {
    return dataSource.transaction((manager) => register(manager, input, 'pending', null));
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Provider, { description: 'Допустить поставщика по заявке' })
  approveProvider(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Provider> {
    const providerId = parseInput(idSchema, id);
    return dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ProviderEntity);
      const entity = await repository.findOne({ where: { id: providerId }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound('Поставщик не найден.');
      assertReviewerFor(viewer, entity.municipalityCode);
      if (entity.status === 'approved') throw new DomainError('PROVIDER_ALREADY_APPROVED', 'Этот поставщик уже допущен.');
      return toProvider(
        await repository.save({ ...entity, status: 'approved', approvedBy: viewer.userId, approvedAt: new Date() }),
      );
    });
  }
}
