import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@pdo/service-kit';
import { CertificateGroupEntity } from '../entities/certificate-group.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { CertificateGroup, Municipality } from './municipality.type';

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
}
