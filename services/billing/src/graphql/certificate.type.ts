import { KopecksScalar } from '@pdo/service-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { MovementKind } from '../entities/account-movement.entity';

/** Owned by the certificates subgraph; billing only adds the money fields. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Сертификат дополнительного образования' })
export class Certificate {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Остаток сертификата на учебный год' })
export class CertificateBalance {
  @Field(() => KopecksScalar, { description: 'Свободный остаток' })
  balanceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Зарезервировано под заявки на обучение' })
  reservedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Сколько было на сертификате в начале учебного года' })
  openedWithKopecks: number;

  @Field(() => String)
  periodStart: string;

  @Field(() => String, { nullable: true, description: 'Код причины, по которой сертификат остаётся сертификатом учёта' })
  accountingOnlyCode: string | null;

  @Field(() => String, { nullable: true, description: 'Почему сертификат остаётся сертификатом учёта, без денег' })
  accountingOnlyReason: string | null;
}

@ObjectType({ description: 'Операция по счёту сертификата; списания со знаком минус' })
export class AccountMovement {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description:
      'opening, reservation, release, charge, charge_reversal (списание отменено исправленным счётом) или period_close',
  })
  kind: MovementKind;

  @Field(() => KopecksScalar)
  amountKopecks: number;

  @Field(() => ID, { nullable: true })
  enrollmentId: string | null;

  @Field(() => String, { description: 'ISO 8601' })
  createdAt: string;
}
