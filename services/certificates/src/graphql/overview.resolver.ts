import { forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { OVERVIEW_DAYS_DEFAULT, OVERVIEW_DAYS_MAX } from '../domain/overview.rules';
import { regionCertificateOverview, supportCentreOverview } from '../operations/overview.operations';
import { MunicipalityCertificateOverview, SupportCentreOverview } from './overview.type';

const overviewSchema = z.object({
  municipalityCode: z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.'),
  days: z
    .number()
    .int()
    .min(1, 'Обзор строится хотя бы за один день.')
    .max(OVERVIEW_DAYS_MAX, `Обзор строится не больше чем за ${OVERVIEW_DAYS_MAX} дней.`),
});

@Resolver()
export class OverviewResolver {
  @Authorized('operator', 'regional_admin')
  @Query(() => SupportCentreOverview, {
    description:
      'Обзор МОЦ: заявки, выдача и активация по дням, очередь и сертификаты по группам (по умолчанию свой муниципалитет)',
  })
  supportCentreOverview(
    @Arg('municipalityCode', () => String, { nullable: true }) municipalityCode: string | null,
    @Arg('days', () => Int, { nullable: true, description: `Сколько последних дней (по умолчанию ${OVERVIEW_DAYS_DEFAULT})` })
    days: number | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<SupportCentreOverview> {
    const input = parseInput(overviewSchema, {
      municipalityCode: municipalityCode ?? viewer.municipalityCode ?? '',
      days: days ?? OVERVIEW_DAYS_DEFAULT,
    });
    const isAdmin = viewer.roles.includes('regional_admin');
    const ownOperator = viewer.roles.includes('operator') && viewer.municipalityCode === input.municipalityCode;
    if (!isAdmin && !ownOperator) throw forbidden('Обзор видит МОЦ этого муниципалитета.');
    return supportCentreOverview(dataSource, input.municipalityCode, input.days);
  }

  @Authorized('regional_admin')
  @Query(() => [MunicipalityCertificateOverview], {
    description: 'Сертификаты всех муниципалитетов рядом: выдано, активировано, доля активированных',
  })
  regionCertificateOverview(@Ctx() { dataSource }: RequestContext): Promise<MunicipalityCertificateOverview[]> {
    return regionCertificateOverview(dataSource);
  }
}
