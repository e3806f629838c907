import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Оплата одного месяца обучения' })
export class EnrollmentMonthCharge {
  @Field(() => String, { description: 'ГГГГ-ММ' })
  month: string;

  @Field(() => KopecksScalar)
  priceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Оплачено сертификатом' })
  certificateKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплата родителя' })
  coPaymentKopecks: number;

  @Field(() => ID)
  invoiceId: string;
}

@ObjectType({ description: 'Оплата по записи: резерв сертификата и помесячные списания' })
export class EnrollmentPayment {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => KopecksScalar, { description: 'Ещё зарезервировано на сертификате под эту запись' })
  reservedKopecks: number;

  @Field(() => [EnrollmentMonthCharge])
  charges: EnrollmentMonthCharge[];
}
