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

  /** the plain-text part: the web shows it as text, so nothing in a letter can run in the page */
  @Field(() => String, { name: 'body', description: 'Текст письма (без оформления)' })
  textBody: string;

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
