import { kuzbassDate, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { assertPeriod, periodStartFor } from '../domain/period';
import { regionMoneyOverview } from '../operations/region-overview.operations';
import { MunicipalityMoneyOverview } from './region-overview.type';

@Resolver()
export class RegionOverviewResolver {
  @Authorized('regional_admin')
  @Query(() => [MunicipalityMoneyOverview], {
    description:
      'Деньги всех муниципалитетов рядом за учебный год (по умолчанию текущий): бюджет, сертификаты финансирования в использовании, резервы и списания',
  })
  regionMoneyOverview(
    @Arg('periodStart', () => String, { nullable: true }) periodStart: string | null,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<MunicipalityMoneyOverview[]> {
    const period = periodStart ?? periodStartFor(new Date(`${kuzbassDate(new Date())}T00:00:00Z`));
    assertPeriod(period);
    return regionMoneyOverview(dataSource, period);
  }
}
