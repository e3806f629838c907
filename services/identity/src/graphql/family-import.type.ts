import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Учётная запись родителя, созданная загрузкой файла' })
export class ImportedAccount {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  login: string;

  @Field(() => String, { description: 'Одноразовый пароль: при первом входе его нужно сменить' })
  temporaryPassword: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [String], { description: 'Дети родителя из файла: «Фамилия Имя»' })
  children: string[];
}

@ObjectType()
export class FamilyImport {
  @Field(() => [ImportedAccount])
  accounts: ImportedAccount[];

  @Field(() => Int)
  childrenCount: number;
}
