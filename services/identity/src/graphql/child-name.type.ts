import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Only the name of a child, for those who may not read the card: the provider the child applied to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Фамилия, имя и отчество ребёнка — для организации, куда ребёнок записан' })
export class ChildName {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Фамилия' })
  lastName: string;

  @Field(() => String, { description: 'Имя' })
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Отчество, если есть' })
  patronymic: string | null;
}
