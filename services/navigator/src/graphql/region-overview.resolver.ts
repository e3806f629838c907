import { kuzbassDate, type RequestContext } from '@pdo/service-kit';
import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { regionProgramOverview } from '../operations/region-overview.operations';
import { MunicipalityProgramOverview } from './region-overview.type';

@Resolver()
export class RegionOverviewResolver {
  @Authorized('regional_admin')
  @Query(() => [MunicipalityProgramOverview], {
    description: 'Программы всех муниципалитетов рядом: по направленностям и реестрам, места и занятые места',
  })
  regionProgramOverview(@Ctx() { dataSource }: RequestContext): Promise<MunicipalityProgramOverview[]> {
    return regionProgramOverview(dataSource, kuzbassDate(new Date()));
  }
}
