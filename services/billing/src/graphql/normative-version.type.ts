import { KopecksScalar } from '@pdo/service-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Изменение норматива: кто, когда, что было и что стало' })
export class NormativeVersion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  normativeId: string;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => String)
  groupName: string;

  @Field(() => String)
  periodStart: string;

  @Field(() => ID, { description: 'Кто изменил' })
  changedBy: string;

  @Field(() => String, { description: 'Когда изменено (ISO 8601)' })
  changedAt: string;

  @Field(() => String, { description: 'С какой даты действует' })
  effectiveFrom: string;

  @Field(() => KopecksScalar, { nullable: true, description: 'Прежний норматив; пусто, если норматив задан впервые' })
  oldAmountKopecks: number | null;

  @Field(() => KopecksScalar)
  newAmountKopecks: number;

  @Field(() => Int, { nullable: true })
  oldQuota: number | null;

  @Field(() => Int)
  newQuota: number;

  @Field(() => KopecksScalar, { nullable: true })
  oldBudgetKopecks: number | null;

  @Field(() => KopecksScalar)
  newBudgetKopecks: number;
}
