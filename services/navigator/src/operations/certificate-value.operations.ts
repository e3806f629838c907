import { kuzbassDate } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { DEFAULT_CERTIFICATE_GROUP } from '../domain/certificate-value.rules';
import { NormativeEntity } from '../entities/normative.entity';

/**
 * What one certificate of the municipality's default group carries per year: the newest school year's
 * normative already in effect on `day` (Kuzbass date). Null until the municipality sets one.
 */
export async function normativePerYear(dataSource: DataSource, municipalityCode: string, day: Date): Promise<number | null> {
  const normative = await dataSource
    .getRepository(NormativeEntity)
    .createQueryBuilder('n')
    .where('n.municipality_code = :municipalityCode AND n.group_name = :group AND n.effective_from <= :today', {
      municipalityCode,
      group: DEFAULT_CERTIFICATE_GROUP,
      today: kuzbassDate(day),
    })
    .orderBy('n.period_start', 'DESC')
    .addOrderBy('n.effective_from', 'DESC')
    .getOne();
  return normative?.amountKopecksPerYear ?? null;
}
