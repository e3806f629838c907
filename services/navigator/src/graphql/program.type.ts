import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { KopecksScalar } from '@pdo/service-kit';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Дополнительная общеобразовательная программа в навигаторе' })
@Directive('@cacheControl(inheritMaxAge: true)')
export class Program {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Направленность: technical, science, sports, arts, tourism или social' })
  direction: string;

  @Field(() => String, {
    description: 'Реестр: certified (сертифицированные), significant (значимые), pre_professional или other',
  })
  registry: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { description: 'in_person (очно) или remote (дистанционно)' })
  format: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;

  @Field(() => Int, { description: 'Продолжительность обучения, месяцев' })
  durationMonths: number;

  @Field(() => Int, { description: 'Объём программы, академических часов' })
  hours: number;

  @Field(() => KopecksScalar, { description: 'Стоимость в месяц, копейки' })
  monthlyPriceKopecks: number;

  @Field(() => Boolean, { description: 'Нужна медицинская справка' })
  needsMedicalCertificate: boolean;

  @Field(() => Boolean, { description: 'Подходит детям с ОВЗ и инвалидностью' })
  suitsDisabilities: boolean;

  @Field(() => String, { description: 'draft, on_review, published, returned или archived' })
  status: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Учебная группа программы: расписание, педагог, места' })
@Directive('@cacheControl(inheritMaxAge: true)')
export class ProgramGroup {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programId: string;

  @Field(() => String)
  teacher: string;

  @Field(() => [Int], { description: 'Дни занятий: 1 — понедельник … 7 — воскресенье' })
  daysOfWeek: number[];

  @Field(() => String, { description: 'Начало занятия, ЧЧ:ММ' })
  startTime: string;

  @Field(() => String, { description: 'Окончание занятия, ЧЧ:ММ' })
  endTime: string;

  @Field(() => Int)
  seats: number;

  @Field(() => Int, { description: 'Свободных мест' })
  seatsLeft: number;

  @Field(() => String, { description: 'Начало обучения, ГГГГ-ММ-ДД' })
  startDate: string;

  @Field(() => String, { description: 'Окончание обучения, ГГГГ-ММ-ДД' })
  endDate: string;
}

@ObjectType({ description: 'Решение по сертификации программы' })
export class ProgramReview {
  @Field(() => String, { description: 'approved или returned' })
  decision: string;

  @Field(() => String, { nullable: true, description: 'Замечания при возврате на доработку' })
  remarks: string | null;

  @Field(() => ID)
  reviewerId: string;

  @Field(() => String, { description: 'Когда принято решение (ISO 8601)' })
  reviewedAt: string;
}
