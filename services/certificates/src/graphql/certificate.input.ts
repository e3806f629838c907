import { emailAddressSchema, inputField, inputType } from '@pdo/service-kit';
import { ID } from 'type-graphql';
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

export const ApplyForCertificateInput = inputType('ApplyForCertificateInput', {
  childId: inputField(() => ID, id('Выберите ребёнка.')),
  email: inputField(() => String, email, { description: 'Личная электронная почта заявителя' }),
});
export type ApplyForCertificateInput = InstanceType<typeof ApplyForCertificateInput>;

export const EnterApplicationInput = inputType('EnterApplicationInput', {
  childId: inputField(() => ID, id('Выберите ребёнка.')),
  parentUserId: inputField(() => ID, id('Выберите заявителя.')),
  email: inputField(
    () => String,
    email.nullish().transform((value) => value ?? null),
  ),
});
export type EnterApplicationInput = InstanceType<typeof EnterApplicationInput>;

export const IssueCertificateInput = inputType('IssueCertificateInput', {
  applicationId: inputField(() => ID, id('Заявка не найдена.')),
  groupId: inputField(() => ID, id('Выберите группу сертификата.')),
  documentId: inputField(() => ID, id('Выберите документ ребёнка.'), {
    description: 'Документ, удостоверяющий личность ребёнка',
  }),
});
export type IssueCertificateInput = InstanceType<typeof IssueCertificateInput>;

export const ActivateCertificateInput = inputType('ActivateCertificateInput', {
  certificateId: inputField(() => ID, id('Сертификат не найден.')),
  checkedDocuments: inputField(
    () => [String],
    z.array(z.enum(activationDocuments, { message: 'Неизвестный документ.' })).max(activationDocuments.length * 2),
    { description: `Проверенные документы: ${activationDocuments.join(', ')}` },
  ),
});
export type ActivateCertificateInput = InstanceType<typeof ActivateCertificateInput>;

/** Suspending, resuming and terminating share one input; terminating alone requires the reason. */
export const ChangeCertificateStatusInput = inputType('ChangeCertificateStatusInput', {
  certificateId: inputField(() => ID, id('Сертификат не найден.')),
  reason: inputField(
    () => String,
    reason.nullish().transform((value) => value ?? undefined),
  ),
});
export type ChangeCertificateStatusInput = InstanceType<typeof ChangeCertificateStatusInput>;
export const suspendCertificateSchema = ChangeCertificateStatusInput.schema;
export const resumeCertificateSchema = ChangeCertificateStatusInput.schema.pick({ certificateId: true });
export const terminateCertificateSchema = ChangeCertificateStatusInput.schema.extend({ reason });

export const FindCertificatesQuery = inputType('FindCertificatesQuery', {
  number: inputField(() => String, certificateNumberSchema, {
    description: 'Номер сертификата (поиск по ФИО ребёнка — в сервисе identity)',
  }),
});
export type FindCertificatesQuery = InstanceType<typeof FindCertificatesQuery>;

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
