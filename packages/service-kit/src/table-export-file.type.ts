import { Directive, Field, Int, ObjectType } from 'type-graphql';

// One value type for every subgraph that exports a table of its own (@shareable): each answers for its files.
@Directive('@shareable')
@ObjectType({ description: 'Выгрузка таблицы: файл XLSX или CSV (для Excel: «;», UTF-8 с BOM), русские заголовки' })
export class TableExportFile {
  @Field(() => String, { description: 'Имя файла для сохранения' })
  fileName: string;

  @Field(() => String)
  contentType: string;

  @Field(() => String, { description: 'Содержимое файла в base64' })
  contentBase64: string;

  @Field(() => Int, { description: 'Строк в таблице (без заголовка)' })
  rowCount: number;
}

// A large table is not carried in an answer: the answer is a link the browser downloads it from, streamed.
@Directive('@shareable')
@ObjectType({
  description: 'Ссылка на выгрузку таблицы (XLSX или CSV): одноразовая, действует минуту, файл передаётся потоком',
})
export class TableExportLink {
  @Field(() => String, { description: 'путь на шлюзе (/exports/…), открывать относительно его адреса' })
  url: string;

  @Field(() => String, { description: 'Имя файла для сохранения' })
  fileName: string;

  @Field(() => Date)
  expiresAt: Date;
}
