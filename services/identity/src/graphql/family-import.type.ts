import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  importProblemCodes,
  type ImportProblem as ImportProblemFields,
  type ImportProblemCode,
} from '../domain/family-import.rules';

export const ImportProblemCodeValue = Object.fromEntries(importProblemCodes.map((code) => [code, code])) as {
  [Code in ImportProblemCode]: Code;
};
registerEnumType(ImportProblemCodeValue, { name: 'ImportProblemCode', description: 'Что не так в строке файла семей' });

/**
 * Not a field of any answer: the error IMPORT_REJECTED lists these in `extensions.problems`. It is in the schema so
 * that clients have its type (the web reads it through a fragment).
 */
@ObjectType({ description: 'Ошибка в файле семей: строка (0 — файл целиком), столбец, код и пояснение' })
export class ImportProblem implements ImportProblemFields {
  @Field(() => Int, { description: 'Номер строки файла; 0 — файл целиком' })
  line: number;

  @Field(() => String, { nullable: true, description: 'Заголовок столбца, как в файле' })
  column: string | null;

  @Field(() => ImportProblemCodeValue)
  code: ImportProblemCode;

  @Field(() => String)
  message: string;
}

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
