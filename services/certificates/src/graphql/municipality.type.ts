import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Группа сертификата, например «Дети в возрасте от 5 до 18 лет»' })
export class CertificateGroup {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  minAge: number;

  @Field(() => Int)
  maxAge: number;
}

@Directive('@key(fields: "code")')
@ObjectType({ description: 'Муниципалитет Кузбасса' })
export class Municipality {
  @Field(() => String, { description: 'Двузначный код, входит в номер сертификата' })
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: 'Муниципальный опорный центр (МОЦ)' })
export class SupportCentre {
  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String)
  phone: string;

  @Field(() => Date, { description: 'Когда сведения изменены последний раз' })
  updatedAt: Date;
}

@ObjectType({ description: 'Учреждение, в котором активируют сертификат по заявлению («Скачать учреждения»)' })
export class ActivatingInstitution {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Boolean, { description: 'Учреждение также принимает заявления от родителей' })
  acceptsApplications: boolean;
}
