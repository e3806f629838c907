import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ProviderEntity } from '../entities/provider.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Организация или ИП — поставщик образовательных услуг' })
@Directive('@cacheControl(inheritMaxAge: true)')
export class Provider {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'state, municipal, private или entrepreneur' })
  type: string;

  @Field(() => String, { nullable: true, description: 'ИНН: 10 цифр у организации, 12 у ИП' })
  inn: string | null;

  @Field(() => String, { nullable: true, description: 'ОГРН (13 цифр) или ОГРНИП (15 цифр)' })
  ogrn: string | null;

  @Field(() => String, { nullable: true, description: 'Номер лицензии на образовательную деятельность' })
  licenceNumber: string | null;

  @Field(() => String)
  municipalityCode: string;

  @Field(() => [String])
  addresses: string[];

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { description: 'pending — заявка ждёт проверки, approved — поставщик допущен' })
  status: string;
}

export const toProvider = (entity: ProviderEntity): Provider => ({
  id: entity.id,
  name: entity.name,
  type: entity.kind,
  inn: entity.inn,
  ogrn: entity.ogrn,
  licenceNumber: entity.licenceNumber,
  municipalityCode: entity.municipalityCode,
  addresses: entity.addresses,
  phone: entity.phone,
  email: entity.email,
  website: entity.website,
  status: entity.status,
});
