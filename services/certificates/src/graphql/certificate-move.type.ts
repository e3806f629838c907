import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Заявление о переводе сертификата в другой муниципалитет после переезда ребёнка' })
export class CertificateMoveRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  certificateId: string;

  @Field(() => String)
  certificateNumber: string;

  @Field(() => String, { description: 'Откуда переезжает ребёнок (код муниципалитета)' })
  fromMunicipalityCode: string;

  @Field(() => String, { description: 'Куда переезжает ребёнок (код муниципалитета): его МОЦ подтверждает перевод' })
  toMunicipalityCode: string;

  @Field(() => String, { description: 'pending (ждёт подтверждения МОЦ), confirmed, refused или withdrawn' })
  status: string;

  @Field(() => String, { description: 'Когда подано (ISO 8601)' })
  requestedAt: string;

  @Field(() => String, { nullable: true, description: 'Когда рассмотрено (ISO 8601)' })
  decidedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Почему МОЦ отказал' })
  reason: string | null;
}
