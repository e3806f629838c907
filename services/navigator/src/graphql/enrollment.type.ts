import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { KopecksScalar } from '@pdo/service-kit';

@ObjectType({ description: 'Согласие родителя на заявку, которую внёс сотрудник' })
export class ParentConsent {
  @Field(() => String, {
    description:
      'written (письменное заявление), in_person (родитель лично, личность проверена) или offer_accepted (родитель сам принял договор-оферту)',
  })
  method: string;

  @Field(() => String, { description: 'Способ словами' })
  methodLabel: string;

  @Field(() => String, { description: 'Когда родитель дал согласие (ISO 8601)' })
  givenAt: string;

  @Field(() => String, { nullable: true, description: 'Номер или название документа согласия' })
  document: string | null;

  @Field(() => ID, { description: 'Кто внёс заявку и согласие: сотрудник или сам родитель' })
  recordedBy: string;
}

/** identity's name of a child, shown to those identity lets see it (the provider the child applied to) */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class ChildName {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Заявка на запись ребёнка в группу программы и, после принятия, зачисление' })
export class Enrollment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ChildName, {
    nullable: true,
    description: 'Ребёнок: имя видят те, кому его показывает карточка, и организация, куда подана заявка',
  })
  child: ChildName | null;

  @Field(() => ID)
  certificateId: string;

  @Field(() => ID)
  programId: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => ID, { description: 'Родитель, для которого заявка' })
  parentUserId: string;

  @Field(() => ID, { description: 'Кто подал заявку: сам родитель или сотрудник с его согласия' })
  requestedBy: string;

  @Field(() => ParentConsent, { nullable: true, description: 'Согласие родителя, если заявку внёс сотрудник' })
  consent: ParentConsent | null;

  @Field(() => String, {
    description:
      'awaiting_funds (резервируются средства), pending_provider (ждёт ответа организации), accepted, rejected (средства не зарезервированы), declined, withdrawn или expired',
  })
  status: string;

  @Field(() => KopecksScalar, { description: 'Стоимость в месяц, копейки' })
  monthlyPriceKopecks: number;

  @Field(() => Int, { description: 'Месяцев обучения' })
  months: number;

  @Field(() => KopecksScalar, {
    nullable: true,
    description: 'Сколько за всё обучение платит сертификат, копейки (когда средства зарезервированы)',
  })
  certificateShareKopecks: number | null;

  @Field(() => KopecksScalar, { nullable: true, description: 'Сколько за всё обучение доплачивает семья, копейки' })
  coPaymentKopecks: number | null;

  @Field(() => String, { nullable: true, description: 'Код причины, по которой средства не зарезервированы' })
  rejectionCode: string | null;

  @Field(() => String, { nullable: true, description: 'Та же причина словами, для родителя' })
  rejectionMessage: string | null;

  @Field(() => String, { nullable: true, description: 'Почему организация отклонила заявку' })
  declineReason: string | null;

  @Field(() => String, { nullable: true, description: 'С какого дня (ГГГГ-ММ-ДД) обучение прекращено, если ребёнок ушёл' })
  endsOn: string | null;

  @Field(() => String, { description: 'Когда подана заявка (ISO 8601)' })
  requestedAt: string;
}

/** identity owns the child; navigator adds its enrolments. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Child {
  @Field(() => ID)
  id: string;
}
