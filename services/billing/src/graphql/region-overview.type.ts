import { KopecksScalar } from '@pdo/service-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Деньги и сертификаты финансирования одного муниципалитета за учебный год, для обзора региона' })
export class MunicipalityMoneyOverview {
  @Field(() => String)
  municipalityCode: string;

  @Field(() => KopecksScalar, { description: 'Бюджет по всем группам сертификатов' })
  budgetKopecks: number;

  @Field(() => Int, { description: 'Квота сертификатов финансирования' })
  quota: number;

  @Field(() => Int, { description: 'Сертификатов финансирования открыто' })
  financedCertificates: number;

  @Field(() => Int, { description: 'Из них используются: ребёнок зачислен хотя бы на одну программу' })
  enrolledFinancedCertificates: number;

  @Field(() => KopecksScalar, { description: 'Зарезервировано под заявки и договоры' })
  reservedKopecks: number;

  @Field(() => KopecksScalar, { description: 'Списано за оказанные услуги' })
  chargedKopecks: number;
}
