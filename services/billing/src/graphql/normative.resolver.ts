import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { normativeSet, publish } from '@pdo/events';
import { forbidden, kuzbassDate, parseInput, type RequestContext } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { canManageNormatives } from '../domain/normative.access';
import { assertCoversCommitments, assertNormative } from '../domain/normative.rules';
import { assertPeriod, defaultEffectiveFrom, periodStartFor } from '../domain/period';
import { NormativeEntity } from '../entities/normative.entity';
import { NormativeVersionEntity } from '../entities/normative-version.entity';
import { commitmentsOf } from '../operations/commitments.operations';
import { rollOverPeriod } from '../operations/period-rollover.operations';
import { Normative } from './normative.type';
import { NormativeVersion } from './normative-version.type';
import { SetNormativeInput, setNormativeInputSchema } from './set-normative.input';

const codeSchema = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');

type NormativeTerms = z.infer<typeof setNormativeInputSchema> & { effectiveFrom: string };

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

const toVersion = ({ normative, ...version }: NormativeVersionEntity): NormativeVersion => ({
  ...version,
  municipalityCode: normative!.municipalityCode,
  groupName: normative!.groupName,
  periodStart: normative!.periodStart,
  changedAt: version.changedAt.toISOString(),
});

@Resolver(() => Normative)
export class NormativeResolver {
  @Query(() => [Normative], { description: 'Нормативы муниципалитета на текущий учебный год — открытые сведения' })
  normatives(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Normative[]> {
    const code = parseInput(codeSchema, municipalityCode);
    return dataSource
      .getRepository(NormativeEntity)
      .find({ where: { municipalityCode: code, periodStart: periodStartFor(new Date()) }, order: { groupName: 'ASC' } });
  }

  @Authorized('regional_admin')
  @Query(() => [Normative], { description: 'Нормативы всех муниципалитетов на учебный год (по умолчанию текущий) — для РМЦ' })
  allNormatives(
    @Arg('periodStart', () => String, { nullable: true }) periodStart: string | null,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Normative[]> {
    const period = periodStart ?? periodStartFor(new Date());
    assertPeriod(period);
    return dataSource
      .getRepository(NormativeEntity)
      .find({ where: { periodStart: period }, order: { municipalityCode: 'ASC', groupName: 'ASC' } });
  }

  @Authorized('finance_officer', 'regional_admin')
  @Query(() => [NormativeVersion], { description: 'История изменений нормативов муниципалитета, новые сверху' })
  async normativeHistory(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<NormativeVersion[]> {
    const code = parseInput(codeSchema, municipalityCode);
    if (!canManageNormatives(viewer, code))
      throw forbidden('Историю нормативов видит уполномоченный орган этого муниципалитета.');
    const versions = await dataSource.getRepository(NormativeVersionEntity).find({
      where: { normative: { municipalityCode: code } },
      relations: { normative: true },
      order: { changedAt: 'DESC', id: 'DESC' },
    });
    return versions.map(toVersion);
  }

  @Authorized('finance_officer', 'regional_admin')
  @Mutation(() => Normative, {
    description: 'Установить норматив, число сертификатов и бюджет; каждое изменение сохраняется в истории',
  })
  async setNormative(
    @Arg('input', () => SetNormativeInput) input: SetNormativeInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Normative> {
    const parsed = parseInput(setNormativeInputSchema, input);
    assertNormative(parsed);
    if (!canManageNormatives(viewer, parsed.municipalityCode)) {
      throw forbidden('Норматив устанавливает уполномоченный орган своего муниципалитета или РМЦ.');
    }
    const today = new Date().toISOString().slice(0, 10);
    const terms = { ...parsed, effectiveFrom: parsed.effectiveFrom ?? defaultEffectiveFrom(parsed.periodStart, today) };
    return dataSource.transaction((manager) => saveNormative(manager, terms, viewer.userId!));
  }
}
