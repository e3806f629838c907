import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Один день обзора МОЦ (по времени Кузбасса)' })
export class OverviewDay {
  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  day: string;

  @Field(() => Int, { description: 'Подано заявок' })
  applications: number;

  @Field(() => Int, { description: 'Выдано сертификатов' })
  issued: number;

  @Field(() => Int, { description: 'Активировано сертификатов' })
  activated: number;
}

@ObjectType({ description: 'Сертификаты одной группы (или всех групп) муниципалитета' })
export class OverviewGroup {
  @Field(() => String, { nullable: true, description: 'Пусто для строки «Все группы»' })
  groupId: string | null;

  @Field(() => String)
  groupName: string;

  @Field(() => Int, { description: 'Выдано (действующих сертификатов)' })
  issued: number;

  @Field(() => Int, { description: 'Активировано' })
  activated: number;

  @Field(() => Int, { description: 'Ждут активации' })
  waiting: number;

  @Field(() => Date, { nullable: true, description: 'Когда выдан сертификат, ждущий дольше всех' })
  oldestWaitingSince: Date | null;

  @Field(() => Int, { nullable: true, description: 'Сколько полных дней ждёт самый давний' })
  oldestWaitingDays: number | null;

  @Field(() => Int, { description: 'Сертификатов финансирования' })
  financing: number;

  @Field(() => Int, { description: 'Сертификатов учёта' })
  accounting: number;
}

@ObjectType({ description: 'Обзор МОЦ: заявки и сертификаты муниципалитета' })
export class SupportCentreOverview {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => [OverviewDay], { description: 'По дням, от давних к сегодняшнему' })
  days: OverviewDay[];

  @Field(() => [OverviewGroup], { description: 'По группам сертификатов' })
  groups: OverviewGroup[];

  @Field(() => OverviewGroup, { description: 'Все группы вместе' })
  total: OverviewGroup;
}

@ObjectType({ description: 'Сертификаты одного муниципалитета в обзоре региона' })
export class MunicipalityCertificateOverview {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  municipalityName: string;

  @Field(() => Int, { description: 'Выдано (действующих сертификатов)' })
  issued: number;

  @Field(() => Int, { description: 'Активировано' })
  activated: number;

  @Field(() => Float, { description: 'Доля активированных среди выданных, %' })
  activatedPercent: number;

  @Field(() => Int, { description: 'Ждут активации' })
  waiting: number;

  @Field(() => Int, { description: 'Сертификатов финансирования' })
  financing: number;

  @Field(() => Int, { description: 'Сертификатов учёта' })
  accounting: number;
}
