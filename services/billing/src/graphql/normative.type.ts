import { KopecksScalar } from '@pdo/service-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Норматив обеспечения сертификата на учебный год' })
export class Normative {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String, { description: 'Группа сертификата' })
  groupName: string;

  @Field(() => String, { description: 'Начало учебного года (1 сентября)' })
  periodStart: string;

  @Field(() => KopecksScalar)
  amountKopecks: number;

  @Field(() => Int, { description: 'Сколько сертификатов может профинансировать муниципалитет' })
  quota: number;

  @Field(() => KopecksScalar)
  budgetKopecks: number;
}
