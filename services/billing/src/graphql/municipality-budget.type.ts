import { KopecksScalar } from '@pdo/service-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BudgetForecastStatus } from '../domain/budget-forecast.rules';
import { Normative } from './normative.type';

const BudgetForecastStatusEnum: Record<BudgetForecastStatus, BudgetForecastStatus> = {
  not_started: 'not_started',
  no_spending: 'no_spending',
  within_budget: 'within_budget',
  runs_out: 'runs_out',
  exhausted: 'exhausted',
  year_over: 'year_over',
};

@ObjectType({ description: 'Сколько бюджета муниципалитета списано за месяц' })
export class BudgetMonth {
  @Field(() => String, { description: 'ГГГГ-ММ' })
  month: string;

  @Field(() => KopecksScalar, { description: 'Оплачено сертификатами' })
  chargedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплаты родителей' })
  coPaymentKopecks: number;

  @Field(() => Int, { description: 'Оплаченных месяцев обучения' })
  charges: number;
}

@ObjectType({ description: 'Сколько бюджета муниципалитета ушло на программы одной направленности' })
export class BudgetDirection {
  @Field(() => String, {
    nullable: true,
    description: 'Код направленности; пусто для договоров, принятых до того, как её стали передавать в биллинг',
  })
  direction: string | null;

  @Field(() => String, { description: 'Направленность по-русски' })
  directionLabel: string;

  @Field(() => KopecksScalar, { description: 'Оплачено сертификатами за учебный год' })
  chargedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Зарезервировано под заявки и договоры' })
  reservedKopecks: number;
}

registerEnumType(BudgetForecastStatusEnum, {
  name: 'BudgetForecastStatus',
  description: 'Что будет с бюджетом к 31 августа при нынешнем темпе списаний',
  valuesConfig: {
    not_started: { description: 'Учебный год ещё не начался' },
    no_spending: { description: 'Списаний ещё не было, темпа нет' },
    within_budget: { description: 'Бюджета хватит до конца учебного года' },
    runs_out: { description: 'Бюджет закончится до конца учебного года' },
    exhausted: { description: 'Списано уже не меньше бюджета' },
    year_over: { description: 'Учебный год закончился' },
  },
});

@ObjectType({ description: 'Прогноз списаний до конца учебного года при нынешнем темпе' })
export class BudgetForecastView {
  @Field(() => BudgetForecastStatusEnum)
  status: BudgetForecastStatus;

  @Field(() => Int, { description: 'Прошло дней учебного года, включая сегодня' })
  daysElapsed: number;

  @Field(() => Int, { description: 'Дней в учебном году (366, если в нём есть 29 февраля)' })
  daysInYear: number;

  @Field(() => KopecksScalar, { description: 'Списывается в среднем за день' })
  paceKopecksPerDay: number;

  @Field(() => KopecksScalar, { description: 'Будет списано к 31 августа при нынешнем темпе' })
  forecastKopecks: number;

  @Field(() => String, {
    nullable: true,
    description: 'День, когда бюджет закончится при нынешнем темпе (ГГГГ-ММ-ДД); пусто, если хватит',
  })
  runsOutOn: string | null;
}

@ObjectType({ description: 'Бюджет и квота муниципалитета на учебный год и их использование' })
export class MunicipalityBudget {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  periodStart: string;

  @Field(() => [Normative])
  normatives: Normative[];

  @Field(() => KopecksScalar, { description: 'Бюджет по всем группам сертификатов' })
  budgetKopecks: number;

  @Field(() => Int, { description: 'Квота сертификатов финансирования' })
  quota: number;

  @Field(() => Int, { description: 'Сертификатов финансирования открыто' })
  financedCertificates: number;

  @Field(() => KopecksScalar, { description: 'Обязательства: номиналы открытых сертификатов' })
  committedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Зарезервировано под заявки и договоры' })
  reservedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Списано за оказанные услуги' })
  chargedKopecks: number;

  @Field(() => [BudgetMonth], { description: 'Списания по месяцам, для графика' })
  byMonth: BudgetMonth[];

  @Field(() => BudgetForecastView, { description: 'Прогноз до конца учебного года и день, когда бюджет закончится' })
  forecast: BudgetForecastView;
}
