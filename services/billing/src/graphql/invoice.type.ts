import { KopecksScalar } from '@pdo/service-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { InvoiceStatus } from '../domain/invoice.rules';
import { Program } from './program.type';
import { ChildName } from './references.type';

@ObjectType({ description: 'Строка счёта: месяц обучения по одной записи' })
export class InvoiceLine {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => ID)
  certificateId: string;

  @Field(() => String, { nullable: true, description: 'Номер сертификата' })
  certificateNumber: string | null;

  @Field(() => ChildName, { nullable: true, description: 'Ребёнок: имя видят те, кому его показывает карточка' })
  child: ChildName | null;

  @Field(() => Program, { nullable: true })
  program: Pick<Program, 'id'> | null;

  @Field(() => String, { nullable: true, description: 'Название программы' })
  programTitle: string | null;

  @Field(() => KopecksScalar, { description: 'Стоимость месяца' })
  priceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Оплачено сертификатом' })
  certificateKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплата родителя' })
  coPaymentKopecks: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Счёт организации муниципалитету за месяц' })
export class Invoice {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  number: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { description: 'Месяц, ГГГГ-ММ' })
  month: string;

  @Field(() => String, { description: 'issued — выставлен, approved — принят к оплате, returned — возвращён' })
  status: InvoiceStatus;

  @Field(() => Int)
  lineCount: number;

  @Field(() => KopecksScalar)
  totalPriceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Оплачивает муниципалитет (доли сертификатов)' })
  certificateTotalKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплаты родителей' })
  coPaymentTotalKopecks: number;

  @Field(() => KopecksScalar, { description: 'Зачтённый аванс' })
  advanceKopecks: number;

  @Field(() => KopecksScalar, { description: 'К оплате муниципалитетом за вычетом аванса' })
  dueKopecks: number;

  @Field(() => String, { description: 'ISO 8601' })
  issuedAt: string;

  @Field(() => String, { nullable: true })
  reviewedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Почему счёт возвращён' })
  reviewReason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Когда возвращённый счёт заменён исправленным (ISO 8601); его списания отменены',
  })
  correctedAt: string | null;

  @Field(() => ID, { nullable: true, description: 'Возвращённый счёт, который этот счёт исправляет' })
  replacesInvoiceId: string | null;
}

@ObjectType({ description: 'Сумма счёта по одной программе: сколько детей, месяцев и денег' })
export class InvoiceProgramTotal {
  @Field(() => Program, { nullable: true })
  program: Pick<Program, 'id'> | null;

  @Field(() => String, { nullable: true, description: 'Название программы' })
  programTitle: string | null;

  @Field(() => Int, { description: 'Детей' })
  childCount: number;

  @Field(() => Int, { description: 'Строк счёта (месяцев обучения)' })
  lineCount: number;

  @Field(() => KopecksScalar)
  totalPriceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Оплачивает муниципалитет (доли сертификатов)' })
  certificateTotalKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплаты родителей' })
  coPaymentTotalKopecks: number;
}

@ObjectType({ description: 'Итог закрытия месяца' })
export class MonthEndSummary {
  @Field(() => Int, { description: 'Выставлено счетов' })
  invoices: number;

  @Field(() => Int, { description: 'Начислено месяцев обучения' })
  charges: number;

  @Field(() => Int, { description: 'Уведомлений о доплате' })
  coPaymentNotices: number;

  @Field(() => Int, { description: 'Возвращено резервов закончившихся записей' })
  releasedEnrollments: number;
}

@ObjectType({ description: 'Аванс муниципалитета организации за месяц' })
export class AdvancePayment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  month: string;

  @Field(() => KopecksScalar)
  amountKopecks: number;

  @Field(() => ID, { nullable: true, description: 'Счёт, в котором аванс зачтён' })
  invoiceId: string | null;
}
