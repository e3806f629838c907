import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { normaliseDocumentNumber, normaliseDocumentSeries, type DocumentKind } from '../domain/identity-document.rules';
import { DocumentKindValue } from './identity-document.type';

@InputType({ description: 'Файл скана в base64; тип определяется по содержимому, не по имени' })
export class ScanInput {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentBase64: string;
}

@InputType()
export class DocumentInput {
  @Field(() => DocumentKindValue)
  kind: DocumentKind;

  @Field(() => String)
  series: string;

  @Field(() => String)
  number: string;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  issuedOn: string;

  @Field(() => String)
  issuer: string;

  @Field(() => String, { nullable: true, description: 'Код подразделения NNN-NNN, только для паспорта' })
  divisionCode?: string | null;

  @Field(() => ScanInput)
  scan: ScanInput;
}

/** Shape only (the rules are in domain/identity-document.rules and document-scan.rules). */
export const documentInputSchema = z.object({
  kind: z.enum(['birth_certificate', 'passport']),
  series: z.string().transform(normaliseDocumentSeries),
  number: z.string().transform(normaliseDocumentNumber),
  issuedOn: z.string().trim(),
  issuer: z.string().trim(),
  divisionCode: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null)),
  scan: z.object({ fileName: z.string(), contentBase64: z.string().trim() }),
});

@InputType({ description: 'Исправленные поля документа; скан — только если его нужно заменить' })
export class DocumentChangeInput {
  @Field(() => DocumentKindValue)
  kind: DocumentKind;

  @Field(() => String)
  series: string;

  @Field(() => String)
  number: string;

  @Field(() => String, { description: 'ГГГГ-ММ-ДД' })
  issuedOn: string;

  @Field(() => String)
  issuer: string;

  @Field(() => String, { nullable: true, description: 'Код подразделения NNN-NNN, только для паспорта' })
  divisionCode?: string | null;

  @Field(() => ScanInput, { nullable: true })
  scan?: ScanInput | null;
}

export const documentChangeInputSchema = documentInputSchema.extend({
  scan: documentInputSchema.shape.scan.nullish().transform((value) => value ?? null),
});
