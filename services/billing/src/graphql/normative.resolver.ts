import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { canManageNormatives } from '../domain/normative.access';
import { assertNormative } from '../domain/normative.rules';
import { assertPeriod, defaultEffectiveFrom, periodStartFor } from '../domain/period';
import type { NormativeVersionEntity } from '../entities/normative-version.entity';
import { allNormativesOf, normativeHistory, normativesOf, setNormative } from '../operations/normative.operations';
import { Normative } from './normative.type';
import { NormativeVersion } from './normative-version.type';
import { SetNormativeInput } from './set-normative.input';

const codeSchema = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');

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
    return normativesOf(dataSource, code, periodStartFor(new Date()));
  }

  @Authorized('regional_admin')
  @Query(() => [Normative], { description: 'Нормативы всех муниципалитетов на учебный год (по умолчанию текущий) — для РМЦ' })
  allNormatives(
    @Arg('periodStart', () => String, { nullable: true }) periodStart: string | null,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<Normative[]> {
    const period = periodStart ?? periodStartFor(new Date());
    assertPeriod(period);
    return allNormativesOf(dataSource, period);
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
    return (await normativeHistory(dataSource, code)).map(toVersion);
  }

  @Authorized('finance_officer', 'regional_admin')
  @Mutation(() => Normative, {
    description: 'Установить норматив, число сертификатов и бюджет; каждое изменение сохраняется в истории',
  })
  async setNormative(
    @Arg('input', () => SetNormativeInput) input: SetNormativeInput,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<Normative> {
    const parsed = parseInput(SetNormativeInput.schema, input);
    assertNormative(parsed);
    if (!canManageNormatives(viewer, parsed.municipalityCode)) {
      throw forbidden('Норматив устанавливает уполномоченный орган своего муниципалитета или РМЦ.');
    }
    const today = new Date().toISOString().slice(0, 10);
    const terms = { ...parsed, effectiveFrom: parsed.effectiveFrom ?? defaultEffectiveFrom(parsed.periodStart, today) };
    return setNormative(dataSource, terms, viewer.userId!);
  }
}
