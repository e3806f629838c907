import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import {
  activatingInstitutionsOf,
  certificateGroupsOf,
  findMunicipality,
  municipalities,
  supportCentreOf,
} from '../operations/reference-data.operations';
import { ActivatingInstitution, CertificateGroup, Municipality, SupportCentre } from './municipality.type';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'Муниципалитеты Кузбасса по коду' })
  municipalities(@Ctx() { dataSource }: RequestContext): Promise<Municipality[]> {
    return municipalities(dataSource);
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Arg('code', () => String) code: string, @Ctx() { dataSource }: RequestContext): Promise<Municipality | null> {
    return findMunicipality(dataSource, code);
  }

  @FieldResolver(() => [CertificateGroup])
  certificateGroups(@Root() municipality: Municipality, @Ctx() { dataSource }: RequestContext): Promise<CertificateGroup[]> {
    return certificateGroupsOf(dataSource, municipality.code);
  }

  @FieldResolver(() => SupportCentre, { nullable: true, description: 'МОЦ муниципалитета — открытые сведения' })
  supportCentre(@Root() municipality: Municipality, @Ctx() { dataSource }: RequestContext): Promise<SupportCentre | null> {
    return supportCentreOf(dataSource, municipality.code);
  }

  @FieldResolver(() => [ActivatingInstitution], {
    description: 'Учреждения, в которых активируют сертификат, по названию — открытые сведения',
  })
  activatingInstitutions(
    @Root() municipality: Municipality,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<ActivatingInstitution[]> {
    return activatingInstitutionsOf(dataSource, municipality.code);
  }
}
