import { forbidden, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { isMunicipalityStaff } from '../domain/invoice.rules';
import { assertPeriod, periodStartFor } from '../domain/period';
import { budgetByDirection, municipalityBudget } from '../operations/municipality-budget.operations';
import { BudgetDirection, MunicipalityBudget } from './municipality-budget.type';

const codeSchema = z.string().regex(/^\d{2}$/, 'Код муниципалитета — две цифры.');

@Resolver(() => MunicipalityBudget)
export class MunicipalityBudgetResolver {
  @Authorized('finance_officer', 'operator', 'regional_admin')
  @Query(() => MunicipalityBudget, {
    description:
      'Бюджет, квота и их использование муниципалитетом за учебный год (по умолчанию текущий), с разбивкой по месяцам и направленностям',
  })
  async municipalityBudget(
    @Arg('municipalityCode', () => String) municipalityCode: string,
    @Arg('periodStart', () => String, { nullable: true }) periodStart: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<MunicipalityBudget> {
    const code = parseInput(codeSchema, municipalityCode);
    const period = periodStart ?? periodStartFor(new Date());
    assertPeriod(period);
    if (!isMunicipalityStaff(viewer, code)) throw forbidden('Бюджет видит уполномоченный орган этого муниципалитета.');
    return municipalityBudget(dataSource, code, period);
  }

  // a pass over the municipality's ledger, so only when the page asks for it
  @FieldResolver(() => [BudgetDirection], { description: 'Списано и зарезервировано по направленностям, для графика' })
  byDirection(@Root() budget: MunicipalityBudget, @Ctx() { dataSource }: RequestContext): Promise<BudgetDirection[]> {
    return budgetByDirection(dataSource, budget.municipalityCode, budget.periodStart);
  }
}
