import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import { ActivatingInstitutionEntity } from '../entities/activating-institution.entity';
import { CertificateGroupEntity } from '../entities/certificate-group.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { SupportCentreEntity } from '../entities/support-centre.entity';
import { ActivatingInstitution, CertificateGroup, Municipality, SupportCentre } from './municipality.type';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'Муниципалитеты Кузбасса по коду' })
  municipalities(@Ctx() { dataSource }: RequestContext): Promise<Municipality[]> {
    return dataSource.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Arg('code', () => String) code: string, @Ctx() { dataSource }: RequestContext): Promise<Municipality | null> {
    return dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
  }

  @FieldResolver(() => [CertificateGroup])
  certificateGroups(@Root() municipality: Municipality, @Ctx() { dataSource }: RequestContext): Promise<CertificateGroup[]> {
    return dataSource
      .getRepository(CertificateGroupEntity)
      .find({ where: { municipalityCode: municipality.code }, order: { name: 'ASC' } });
  }

  @FieldResolver(() => SupportCentre, { nullable: true, description: 'МОЦ муниципалитета — открытые сведения' })
  supportCentre(@Root() municipality: Municipality, @Ctx() { dataSource }: RequestContext): Promise<SupportCentre | null> {
    return dataSource.getRepository(SupportCentreEntity).findOneBy({ municipalityCode: municipality.code });
  }

  @FieldResolver(() => [ActivatingInstitution], {
    description: 'Учреждения, в которых активируют сертификат, по названию — открытые сведения',
  })
  activatingInstitutions(
    @Root() municipality: Municipality,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<ActivatingInstitution[]> {
    return dataSource
      .getRepository(ActivatingInstitutionEntity)
      .find({ where: { municipalityCode: municipality.code }, order: { name: 'ASC', id: 'ASC' } });
  }
}
