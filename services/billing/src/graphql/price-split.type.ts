import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Сколько за месяц платит сертификат и сколько родитель' })
export class MonthSplit {
  @Field(() => Int)
  month: number;

  @Field(() => KopecksScalar)
  certificateKopecks: number;

  @Field(() => KopecksScalar)
  coPaymentKopecks: number;
}

@ObjectType({ description: 'Оплата программы: сертификатом и доплатой родителя только в объёме разницы' })
export class PriceSplit {
  @Field(() => ID)
  certificateId: string;

  @Field(() => Boolean, { description: 'Есть ли на сертификате деньги (сертификат финансирования)' })
  financed: boolean;

  @Field(() => KopecksScalar, { description: 'Свободный остаток сертификата сейчас' })
  balanceKopecks: number;

  @Field(() => String, { nullable: true, description: 'Почему сертификат не оплачивает программу (сертификат учёта)' })
  accountingOnlyReason?: string | null;

  @Field(() => [MonthSplit])
  perMonth: MonthSplit[];

  @Field(() => KopecksScalar)
  totalPriceKopecks: number;

  @Field(() => KopecksScalar)
  certificateTotalKopecks: number;

  @Field(() => KopecksScalar)
  coPaymentTotalKopecks: number;

  @Field(() => KopecksScalar, { description: 'Останется на сертификате для другой программы' })
  remainingKopecks: number;
}
