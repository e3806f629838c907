import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { Program } from './program.type';
import { ChildName, ProgramGroup } from './references.type';

@ObjectType({ description: 'Строка табеля организации за месяц: одна запись ребёнка и что за месяц будет начислено' })
export class MonthReportLine {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => ChildName, { nullable: true, description: 'Ребёнок: имя из его карточки' })
  child: ChildName | null;

  @Field(() => ID)
  certificateId: string;

  @Field(() => String, { nullable: true, description: 'Номер сертификата' })
  certificateNumber: string | null;

  @Field(() => Program, { nullable: true })
  program: Pick<Program, 'id'> | null;

  @Field(() => ProgramGroup, { nullable: true })
  group: ProgramGroup | null;

  @Field(() => String, { nullable: true, description: 'Название программы, как его запомнил расчёт' })
  programTitle: string | null;

  @Field(() => Boolean, { description: 'Можно ли включить месяц этой записи в отчёт' })
  chargeable: boolean;

  @Field(() => String, { nullable: true, description: 'Почему месяц не оплачивается: код' })
  refusalCode: string | null;

  @Field(() => String, { nullable: true, description: 'Почему месяц не оплачивается: словами' })
  refusalMessage: string | null;

  @Field(() => Boolean, { description: 'Уже в отчёте за этот месяц' })
  reported: boolean;

  @Field(() => KopecksScalar, { description: 'Стоимость месяца' })
  priceKopecks: number;

  @Field(() => KopecksScalar, { description: 'Спишется с сертификата (или списано, если месяц уже в отчёте)' })
  certificateKopecks: number;

  @Field(() => KopecksScalar, { description: 'Доплатит семья' })
  coPaymentKopecks: number;
}
