import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'API-ключ поставщика для его учётной системы; сам ключ после выпуска не хранится и не показывается' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Название, данное поставщиком, например «1С: Учёт кружков»' })
  name: string;

  @Field(() => String, { description: 'Начало ключа (pdo_ и 8 символов), чтобы узнать его в списке' })
  prefix: string;

  @Field(() => ID, { description: 'Кто выпустил' })
  createdBy: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Когда ключ последний раз обменивался на токен доступа' })
  lastUsedAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => String, { description: 'Ключ целиком — показывается только сейчас, сохраните его' })
  key: string;

  @Field(() => ApiKey)
  apiKey: ApiKey;
}

@ObjectType()
export class ApiKeyAccessToken {
  @Field(() => String, { description: 'Токен доступа от имени поставщика (JWT)' })
  accessToken: string;

  @Field(() => Int, { description: 'Через сколько секунд токен истечёт' })
  expiresInSeconds: number;
}
