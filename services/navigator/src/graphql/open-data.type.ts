import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KopecksScalar } from '@pdo/service-kit';

@ObjectType({ description: 'Группа программы в открытых данных: расписание и места, без имени педагога' })
export class OpenDataGroup {
  @Field(() => ID)
  id: string;

  @Field(() => [Int], { description: 'Дни недели: 1 — понедельник … 7 — воскресенье' })
  daysOfWeek: number[];

  @Field(() => String, { description: 'ЧЧ:ММ' })
  startTime: string;

  @Field(() => String, { description: 'ЧЧ:ММ' })
  endTime: string;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  startDate: string;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  endDate: string;

  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  seatsTaken: number;

  @Field(() => Int)
  freeSeats: number;
}

@ObjectType({ description: 'Организация в открытых данных, без контактов; у ИП без ИНН и ОГРНИП' })
export class OpenDataProvider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'state, municipal, private или entrepreneur' })
  kind: string;

  @Field(() => String, { nullable: true })
  inn: string | null;

  @Field(() => String, { nullable: true })
  ogrn: string | null;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { nullable: true })
  website: string | null;
}

@ObjectType({ description: 'Опубликованная программа в открытых данных' })
export class OpenDataProgram {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String)
  direction: string;

  @Field(() => String)
  registry: string;

  @Field(() => String)
  format: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  municipalityName: string;

  @Field(() => String)
  address: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;

  @Field(() => Int)
  durationMonths: number;

  @Field(() => Int)
  hours: number;

  @Field(() => KopecksScalar, { description: 'Стоимость в месяц, копейки' })
  monthlyPriceKopecks: number;

  @Field(() => Boolean)
  needsMedicalCertificate: boolean;

  @Field(() => Boolean)
  suitsDisabilities: boolean;

  @Field(() => String, { description: 'ISO 8601' })
  updatedAt: string;

  @Field(() => OpenDataProvider)
  provider: OpenDataProvider;

  @Field(() => [OpenDataGroup], { description: 'Текущие и будущие группы' })
  groups: OpenDataGroup[];
}

@ObjectType({ description: 'Открытые данные: каталог навигатора (то же, что /open-data/catalogue.json)' })
export class OpenDataCatalogue {
  @Field(() => String, { description: 'Версия формата (см. /open-data/catalogue.schema.json)' })
  version: string;

  @Field(() => String, { description: 'Ревизия данных; меняется вместе с каталогом' })
  revision: string;

  @Field(() => [OpenDataProgram])
  programs: OpenDataProgram[];
}
