import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Ссылка на PDF; действует 5 минут, запрашивайте её при нажатии кнопки' })
export class DownloadLink {
  @Field(() => String, { description: 'путь на шлюзе (/files/…), открывать относительно его адреса' })
  url: string;

  @Field(() => String, { description: 'имя файла, например «Заявление № 458.pdf»' })
  fileName: string;

  @Field(() => Date)
  expiresAt: Date;
}
