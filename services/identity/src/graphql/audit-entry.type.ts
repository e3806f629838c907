import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Запись журнала доступа к персональным данным' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Кто читал' })
  actorUserId: string;

  @Field(() => [String])
  actorRoles: string[];

  @Field(() => String, { description: 'Тип записи: identity_document, child или user' })
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => String, { description: 'Что прочитано: series, number, scan, или search — запись показана в поиске' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Причина, указанная сотрудником' })
  reason: string | null;

  @Field(() => Date)
  readAt: Date;
}
