import { inputField, inputType } from '@pdo/service-kit';
import { z } from 'zod';
import { normaliseDocumentNumber, normaliseDocumentSeries } from '../domain/identity-document.rules';
import { DocumentKindValue } from './identity-document.type';

export const ScanInput = inputType(
  'ScanInput',
  {
    fileName: inputField(() => String, z.string()),
    contentBase64: inputField(() => String, z.string().trim()),
  },
  { description: 'Файл скана в base64; тип определяется по содержимому, не по имени' },
);
export type ScanInput = InstanceType<typeof ScanInput>;

/** Shape only (the rules are in domain/identity-document.rules and document-scan.rules). */
const documentFields = {
  kind: inputField(() => DocumentKindValue, z.enum(['birth_certificate', 'passport'])),
  series: inputField(() => String, z.string().transform(normaliseDocumentSeries)),
  number: inputField(() => String, z.string().transform(normaliseDocumentNumber)),
  issuedOn: inputField(() => String, z.string().trim(), { description: 'ГГГГ-ММ-ДД' }),
  issuer: inputField(() => String, z.string().trim()),
  divisionCode: inputField(
    () => String,
    z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value ? value : null)),
    { description: 'Код подразделения NNN-NNN, только для паспорта' },
  ),
};

export const DocumentInput = inputType('DocumentInput', {
  ...documentFields,
  scan: inputField(() => ScanInput, ScanInput.schema),
});
export type DocumentInput = InstanceType<typeof DocumentInput>;

export const DocumentChangeInput = inputType(
  'DocumentChangeInput',
  {
    ...documentFields,
    scan: inputField(
      () => ScanInput,
      ScanInput.schema.nullish().transform((value) => value ?? null),
    ),
  },
  { description: 'Исправленные поля документа; скан — только если его нужно заменить' },
);
export type DocumentChangeInput = InstanceType<typeof DocumentChangeInput>;
