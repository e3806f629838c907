import { KopecksScalar } from '@pdo/service-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Owned by navigator; billing adds what a child's certificate would pay for it, from navigator's price and term. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Дополнительная общеобразовательная программа в навигаторе' })
export class Program {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => KopecksScalar)
  monthlyPriceKopecks: number;

  @Directive('@external')
  @Field(() => Int)
  durationMonths: number;
}
