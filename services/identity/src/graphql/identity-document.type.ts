import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ScanContentType } from '../domain/document-scan.rules';
import type { DocumentKind } from '../domain/identity-document.rules';
import type { ReadScope } from './child.type';

export const DocumentKindValue = { BIRTH_CERTIFICATE: 'birth_certificate', PASSPORT: 'passport' } as const satisfies Record<
  string,
  DocumentKind
>;
registerEnumType(DocumentKindValue, {
  name: 'DocumentKind',
  description: 'Документ, удостоверяющий личность ребёнка',
  valuesConfig: {
    BIRTH_CERTIFICATE: { description: 'Свидетельство о рождении' },
    PASSPORT: { description: 'Паспорт РФ (с 14 лет)' },
  },
});

@ObjectType({ description: 'Скан или фото документа (JPEG, PNG или PDF)' })
export class DocumentScan {
  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'Тип по содержимому файла: image/jpeg, image/png или application/pdf' })
  contentType: ScanContentType;

  @Field(() => Int)
  sizeBytes: number;

  documentId: string;
  scope: ReadScope;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'Документ ребёнка. Серия, номер и скан — персональные данные: их чтение сотрудником записывается в журнал',
})
export class IdentityDocument {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => DocumentKindValue)
  kind: DocumentKind;

  @Field(() => String, { description: 'Дата выдачи, ГГГГ-ММ-ДД' })
  issuedOn: string;

  @Field(() => String, { description: 'Кем выдан' })
  issuer: string;

  @Field(() => String, { nullable: true, description: 'Код подразделения (только паспорт)' })
  divisionCode: string | null;

  @Field(() => Date)
  createdAt: Date;

  /** read through audited field resolvers */
  series: string;
  number: string;
  scope: ReadScope;
}
