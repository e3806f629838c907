import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Program } from './program.type';

@ObjectType({ description: 'Сколько за месяц платит сертификат и сколько родитель' })
export class MonthSplit {
  @Field(() => Int)
  month: number;

  @Field(() => KopecksScalar)
  certificateKopecks: number;

  @Field(() => KopecksScalar)
  coPaymentKopecks: number;
}

@ObjectType({ description: 'Часть остатка сертификата, которую держит другая заявка или запись' })
export class CertificateHold {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => Program, { nullable: true })
  program: Pick<Program, 'id'> | null;

  @Field(() => String, { nullable: true, description: 'Название программы, если запись уже принята' })
  programTitle: string | null;

  @Field(() => String, { description: 'requested — ждёт ответа организации, accepted — идёт обучение' })
  status: 'requested' | 'accepted';

  @Field(() => KopecksScalar, { description: 'Сколько держит сейчас' })
  heldKopecks: number;

  @Field(() => String, {
    nullable: true,
    description: 'С какого дня (ГГГГ-ММ-ДД) неизрасходованное вернётся на сертификат; пусто, пока заявка ждёт ответа',
  })
  freedOn: string | null;
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

  @Field(() => Int, {
    nullable: true,
    description: 'С какого месяца обучения (1 — первый) доплачивает семья; пусто — не доплачивает',
  })
  coPaymentFromMonth: number | null;

  @Field(() => KopecksScalar, { description: 'Доплата семьи в этом месяце' })
  coPaymentFromMonthKopecks: number;

  @Field(() => Boolean, { description: 'Программа заберёт весь остаток сертификата на учебный год' })
  takesWholeBalance: boolean;

  @Field(() => [CertificateHold], {
    nullable: true,
    description: 'Какие заявки и записи держат остаток сертификата сейчас; только в расчёте для ребёнка (Program.priceFor)',
  })
  holds: CertificateHold[] | null;
}
