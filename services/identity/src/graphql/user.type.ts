import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Учётная запись: родитель, обучающийся 14+, сотрудник МОЦ, РМЦ, муниципалитета или поставщика' })
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => ID, { nullable: true })
  providerId: string | null;
}
