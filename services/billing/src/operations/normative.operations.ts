import { normativeSet, publish } from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCoversCommitments } from '../domain/normative.rules';
import { periodStartFor } from '../domain/period';
import { NormativeEntity } from '../entities/normative.entity';
import { NormativeVersionEntity } from '../entities/normative-version.entity';
import { commitmentsOf } from './commitments.operations';
import { rollOverPeriod } from './period-rollover.operations';

export interface NormativeTerms {
  municipalityCode: string;
  groupName: string;
  periodStart: string;
  amountKopecks: number;
  quota: number;
  budgetKopecks: number;
  effectiveFrom: string;
}

/** Creates or changes the normative under a row lock and records the change with the figures it replaced. */
async function saveNormative(manager: EntityManager, terms: NormativeTerms, changedBy: string): Promise<NormativeEntity> {
  const key = { municipalityCode: terms.municipalityCode, groupName: terms.groupName, periodStart: terms.periodStart };
  const figures = { amountKopecks: terms.amountKopecks, quota: terms.quota, budgetKopecks: terms.budgetKopecks };
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (municipality_code, group_name, period_start) DO NOTHING RETURNING id`,
    [key.municipalityCode, key.groupName, key.periodStart, figures.amountKopecks, figures.quota, figures.budgetKopecks],
  );
  const repository = manager.getRepository(NormativeEntity);
  let old: NormativeEntity | null = null;
  if (inserted.length === 0) {
    old = await repository.findOneOrFail({ where: key, lock: { mode: 'pessimistic_write' } });
    assertCoversCommitments(figures, await commitmentsOf(manager, old.id));
    await repository.update(old.id, figures);
  }
  const id = old?.id ?? inserted[0]!.id;
  await manager.getRepository(NormativeVersionEntity).insert({
    normativeId: id,
    changedBy,
    effectiveFrom: terms.effectiveFrom,
    oldAmountKopecks: old?.amountKopecks ?? null,
    newAmountKopecks: figures.amountKopecks,
    oldQuota: old?.quota ?? null,
    newQuota: figures.quota,
    oldBudgetKopecks: old?.budgetKopecks ?? null,
    newBudgetKopecks: figures.budgetKopecks,
  });
  const saved = await repository.findOneByOrFail({ id });
  // the year's first normative opens the municipality's certificates carried over from the year before
  const today = kuzbassDate(new Date());
  if (saved.periodStart === periodStartFor(new Date(`${today}T00:00:00Z`))) {
    await rollOverPeriod(manager, today, saved.municipalityCode);
  }
  await publish(manager, normativeSet, id, {
    normativeId: id,
    municipalityCode: saved.municipalityCode,
    groupName: saved.groupName,
    periodStart: saved.periodStart,
    effectiveFrom: terms.effectiveFrom,
    amountKopecksPerYear: saved.amountKopecks,
  });
  return saved;
}

export const setNormative = (dataSource: DataSource, terms: NormativeTerms, changedBy: string): Promise<NormativeEntity> =>
  dataSource.transaction((manager) => saveNormative(manager, terms, changedBy));

/** The municipality's normatives of a school year, by group. */
export const normativesOf = (dataSource: DataSource, municipalityCode: string, periodStart: string): Promise<NormativeEntity[]> =>
  dataSource.getRepository(NormativeEntity).find({ where: { municipalityCode, periodStart }, order: { groupName: 'ASC' } });

/** Every municipality's normatives of a school year. */
export const allNormativesOf = (dataSource: DataSource, periodStart: string): Promise<NormativeEntity[]> =>
  dataSource
    .getRepository(NormativeEntity)
    .find({ where: { periodStart }, order: { municipalityCode: 'ASC', groupName: 'ASC' } });

/** The changes of the municipality's normatives, newest first, each with its normative. */
export const normativeHistory = (dataSource: DataSource, municipalityCode: string): Promise<NormativeVersionEntity[]> =>
  dataSource.getRepository(NormativeVersionEntity).find({
    where: { normative: { municipalityCode } },
    relations: { normative: true },
    order: { changedAt: 'DESC', id: 'DESC' },
  });
