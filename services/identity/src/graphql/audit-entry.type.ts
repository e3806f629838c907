import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Запись журнала доступа к персональным данным' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Кто читал' })
  actorUserId: string;

  @Field(() => [String])
  actorRoles: string[];

  @Field(() => String, {
    description: 'Тип записи: identity_document, child, user, или export — выгрузка таблицы (recordId — её номер)',
  })
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => String, {
    description:
      'Что прочитано: series, number, scan, search — запись показана в поиске, name — имя ребёнка показано организации, children — выгружен реестр детей',
  })
  field: string;

  @Field(() => String, { nullable: true, description: 'Причина, указанная сотрудником' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Выгрузка: формат файла (xlsx или csv)' })
  exportFormat: string | null;

  @Field(() => Int, { nullable: true, description: 'Выгрузка: сколько строк с персональными данными в файле' })
  rowCount: number | null;

  @Field(() => String, { nullable: true, description: 'Выгрузка: код муниципалитета; пусто — весь регион' })
  municipalityCode: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Выгрузка: complete — отдана целиком; aborted — прервана, rowCount — сколько строк успело уйти; streaming — идёт (или сервис остановился посреди неё)',
  })
  exportOutcome: string | null;

  @Field(() => Date)
  readAt: Date;
}
