import { Field, ID, ObjectType } from 'type-graphql';
import type { DocumentKind } from '../domain/identity-document.rules';
import { DocumentKindValue } from './identity-document.type';

@ObjectType({
  description:
    'Один документ указан у двух детей: первый его держит, второму в добавлении отказано. Показ записывается в журнал доступа',
})
export class DocumentConflict {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKindValue)
  kind: DocumentKind;

  @Field(() => String)
  series: string;

  @Field(() => String)
  number: string;

  @Field(() => ID, { description: 'Документ в карточке первого ребёнка' })
  documentId: string;

  @Field(() => ID, { description: 'Ребёнок, у которого документ уже есть' })
  holderChildId: string;

  @Field(() => ID, { description: 'Ребёнок, которому указали тот же документ' })
  claimantChildId: string;

  @Field(() => Date)
  createdAt: Date;
}
