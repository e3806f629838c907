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

@ObjectType({
  description:
    'Лист с данными для входа для печати. Не хранится нигде: есть только в этом ответе, сохраните или распечатайте его сразу',
})
export class CredentialsSheet {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentType: 'application/pdf';

  @Field(() => String, { description: 'Содержимое PDF в base64' })
  base64: string;
}

@ObjectType()
export class FamilyImport {
  @Field(() => [ImportedAccount])
  accounts: ImportedAccount[];

  @Field(() => Int)
  childrenCount: number;

  @Field(() => CredentialsSheet, { description: 'Данные для входа каждого родителя, по листку на родителя' })
  credentialsSheet: CredentialsSheet;
}
