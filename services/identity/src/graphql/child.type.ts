import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ChildAccess } from '../domain/child-access.rules';
import type { Sex } from '../domain/child.rules';

export const SexValue = { MALE: 'male', FEMALE: 'female' } as const satisfies Record<string, Sex>;
registerEnumType(SexValue, { name: 'Sex', description: 'Пол ребёнка' });

/** How the viewer reached a record (staff reads of numbers and scans are audited) and the reason staff gave for looking. */
export interface ReadScope {
  access: ChildAccess;
  reason: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Ребёнок: карточка, которую ведут родители (и сам ребёнок с 14 лет)' })
export class Child {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Фамилия' })
  lastName: string;

  @Field(() => String, { description: 'Имя' })
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Отчество, если есть' })
  patronymic: string | null;

  @Field(() => String, { description: 'Дата рождения, ГГГГ-ММ-ДД' })
  birthDate: string;

  @Field(() => SexValue)
  sex: Sex;

  @Field(() => String, { description: 'Адрес проживания' })
  address: string;

  @Field(() => String, { description: 'Код муниципалитета Кузбасса (01–34)' })
  municipalityCode: string;

  @Field(() => Boolean, { description: 'Посещает школу или детский сад в этом муниципалитете' })
  attendsSchool: boolean;

  @Field(() => [ID], { description: 'Родители (законные представители), ведущие карточку' })
  parentIds: string[];

  scope: ReadScope;
}
