import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseInput, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { assertReviewerFor } from '../domain/access.rules';
import { checkTaxIds } from '../domain/provider.rules';
import {
  approveProvider,
  providerApplications,
  registerProvider,
  visibleProvider,
  type ProviderFields,
} from '../operations/provider.operations';
import { ProviderInput, providerInputSchema } from './provider.input';
import { Provider, toProvider } from './provider.type';

function validProvider(input: ProviderInput): ProviderFields {
  const { type, ...valid } = parseInput(providerInputSchema, input);
  checkTaxIds(type, valid.inn, valid.ogrn);
  return { ...valid, kind: type, licenceNumber: valid.licenceNumber ?? null, website: valid.website ?? null };
}

const idSchema = z.uuid('Неверный идентификатор.');

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => Provider, { nullable: true, description: 'Поставщик; заявку, ещё не одобренную, видят только проверяющие' })
  async provider(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Provider | null> {
    if (!idSchema.safeParse(id).success) return null;
    const entity = await visibleProvider(dataSource, viewer, id);
    return entity && toProvider(entity);
  }

  @Authorized('operator', 'regional_admin')
  @Query(() => [Provider], { description: 'Заявки поставщиков, ждущие проверки (оператор видит свой муниципалитет)' })
  async providerApplications(@Ctx() { viewer, dataSource }: RequestContext): Promise<Provider[]> {
    return (await providerApplications(dataSource, viewer)).map(toProvider);
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Provider, { description: 'Регистрация поставщика оператором МОЦ или РМЦ (сразу допущен)' })
  async registerProvider(
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<Provider> {
    assertReviewerFor(viewer, String(input.municipalityCode));
    return toProvider(await registerProvider(dataSource, validProvider(input), viewer));
  }

  @Mutation(() => Provider, { description: 'Заявка поставщика на участие в навигаторе; её проверяет МОЦ' })
  async applyAsProvider(
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Provider> {
    return toProvider(await registerProvider(dataSource, validProvider(input), null));
  }

  @Authorized('operator', 'regional_admin')
  @Mutation(() => Provider, { description: 'Допустить поставщика по заявке' })
  async approveProvider(@Arg('id', () => ID) id: string, @Ctx() { viewer, dataSource }: RequestContext): Promise<Provider> {
    return toProvider(await approveProvider(dataSource, viewer, parseInput(idSchema, id)));
  }
}
