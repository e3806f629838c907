import { KopecksScalar } from '@pdo/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Normative } from './normative.type';

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

  @Field(() => [BudgetDirection], { description: 'Списано и зарезервировано по направленностям, для графика' })
  byDirection: BudgetDirection[];
}
