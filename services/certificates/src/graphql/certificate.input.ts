import { Field, ID, InputType } from 'type-graphql';
import { emailAddressSchema } from '@pdo/service-kit';
import { z } from 'zod';
import { activationDocuments } from '../domain/activation-documents';
import { isCertificateNumber } from '../domain/certificate-number';
import { decodeQueueCursor } from '../domain/queue-cursor';

const id = (message: string) => z.uuid({ message });
const email = emailAddressSchema;
const reason = z.string().trim().min(1, 'Укажите причину.').max(500, 'Причина слишком длинная.');
export const certificateNumberSchema = z
  .string()
  .trim()
  .refine(isCertificateNumber, 'Номер сертификата — 10 цифр, начинается с 42.');

@InputType()
export class ApplyForCertificateInput {
  @Field(() => ID)
  childId: string;

  @Field(() => String, { description: 'Личная электронная почта заявителя' })
  email: string;
}
export const applyForCertificateSchema = z.object({ childId: id('Выберите ребёнка.'), email });

@InputType()
export class EnterApplicationInput {
  @Field(() => ID)
  childId: string;

  @Field(() => ID)
  parentUserId: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
export const enterApplicationSchema = z.object({
  childId: id('Выберите ребёнка.'),
  parentUserId: id('Выберите заявителя.'),
  email: email.nullish().transform((value) => value ?? null),
});

@InputType()
export class IssueCertificateInput {
  @Field(() => ID)
  applicationId: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => ID, { description: 'Документ, удостоверяющий личность ребёнка' })
  documentId: string;
}
export const issueCertificateSchema = z.object({
  applicationId: id('Заявка не найдена.'),
  groupId: id('Выберите группу сертификата.'),
  documentId: id('Выберите документ ребёнка.'),
});

@InputType()
export class ActivateCertificateInput {
  @Field(() => ID)
  certificateId: string;

  @Field(() => [String], { description: `Проверенные документы: ${activationDocuments.join(', ')}` })
  checkedDocuments: string[];
}
export const activateCertificateSchema = z.object({
  certificateId: id('Сертификат не найден.'),
  checkedDocuments: z
    .array(z.enum(activationDocuments, { message: 'Неизвестный документ.' }))
    .max(activationDocuments.length * 2),
});

@InputType()
export class ChangeCertificateStatusInput {
  @Field(() => ID)
  certificateId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
export const suspendCertificateSchema = z.object({
  certificateId: id('Сертификат не найден.'),
  reason: reason.nullish().transform((value) => value ?? undefined),
});
export const resumeCertificateSchema = z.object({ certificateId: id('Сертификат не найден.') });
export const terminateCertificateSchema = z.object({ certificateId: id('Сертификат не найден.'), reason });

@InputType()
export class FindCertificatesQuery {
  @Field(() => String, { description: 'Номер сертификата (поиск по ФИО ребёнка — в сервисе identity)' })
  number: string;
}
export const findCertificatesSchema = z.object({ number: certificateNumberSchema });

export const activationQueueSchema = z.object({
  first: z.number().int().min(1, 'Размер страницы — от 1 до 100.').max(100, 'Размер страницы — от 1 до 100.'),
  after: z
    .string()
    .max(200)
    .nullish()
    .transform((value, context) => {
      if (value === null || value === undefined) return null;
      const position = decodeQueueCursor(value);
      if (!position) context.addIssue({ code: 'custom', message: 'Ссылка на страницу устарела, откройте очередь заново.' });
      return position;
    }),
});

export const confirmEmailSchema = z.object({ token: z.string().max(200) });
export const applicationIdSchema = z.object({ applicationId: id('Заявка не найдена.') });

export const moveRequestIdSchema = id('Заявление о переезде не найдено.');
export const refuseMoveSchema = z.object({ requestId: moveRequestIdSchema, reason });
