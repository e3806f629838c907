import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Письмо и состояние его доставки' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  kind: string;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'queued, sent или failed' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'когда письмо принял почтовый сервер' })
  sentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'когда будет следующая попытка отправить письмо, которое не удалось доставить; пусто, если оно отправлено или попытки исчерпаны',
  })
  nextAttemptAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}
