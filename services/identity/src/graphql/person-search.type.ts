import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Ребёнок, найденный оператором по ФИО' })
export class FoundChild {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Фамилия Имя Отчество' })
  fullName: string;

  @Field(() => String, { description: 'Дата рождения, ГГГГ-ММ-ДД' })
  birthDate: string;

  @Field(() => [String], { description: 'Родители: как они записаны в учётных записях' })
  parentNames: string[];
}

@ObjectType({ description: 'Учётная запись родителя или обучающегося, найденная оператором (например, чтобы сбросить пароль)' })
export class FoundUser {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  login: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => [String], { description: 'Дети этой учётной записи: «Фамилия Имя»' })
  childrenNames: string[];
}
