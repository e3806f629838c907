import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

// The same value types in every subgraph (@shareable): each service answers for itself.

@Directive('@shareable')
@ObjectType({ description: 'Сообщения темы, которые сервис ещё не обработал' })
export class TopicLag {
  @Field(() => String)
  topic: string;

  @Field(() => Int)
  lag: number;
}

@Directive('@shareable')
@ObjectType({ description: 'Событие, которое сервис не смог обработать и отложил в очередь недоставленных' })
export class DeadLetter {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Тема, из которой пришло событие' })
  topic: string;

  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field(() => String, { nullable: true, description: 'Тип события, если его удалось прочитать' })
  eventType: string | null;

  @Field(() => String, { description: 'Ошибка обработки' })
  error: string;

  @Field(() => Int, { description: 'Сколько раз сервис пытался обработать событие' })
  attempts: number;

  @Field(() => Date)
  deadLetteredAt: Date;
}

@Directive('@shareable')
@ObjectType({ description: 'Состояние обмена событиями одного сервиса' })
export class ServiceState {
  @Field(() => String)
  service: string;

  @Field(() => Int, { description: 'События, ещё не отправленные в Kafka' })
  outboxBacklog: number;

  @Field(() => Int, { nullable: true, description: 'Возраст самого старого неотправленного события, секунд' })
  oldestOutboxSeconds: number | null;

  @Field(() => [TopicLag], { description: 'Отставание обработчика по темам (разделы, которые читает этот экземпляр)' })
  consumerLag: TopicLag[];

  @Field(() => Boolean, { description: 'Ответила ли Kafka: без неё не видно, какие события уже повторены' })
  kafkaAnswered: boolean;

  @Field(() => Int, { description: 'Недоставленные события, ещё не отправленные повторно' })
  deadLetterCount: number;

  @Field(() => [DeadLetter], { description: 'Последние из них (до 50)' })
  deadLetters: DeadLetter[];
}

@Directive('@shareable')
@ObjectType()
export class DeadLetterReplay {
  @Field(() => Int, { description: 'Сколько событий отправлено на повторную обработку' })
  replayed: number;
}
