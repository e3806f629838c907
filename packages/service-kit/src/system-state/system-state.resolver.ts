import { readEventsState, replayDeadLetters } from '@pdo/events';
import { Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { DomainError } from '../errors';
import type { ServiceName } from '../service';
import { DeadLetterReplay, ServiceState } from './system-state.type';

const capitalised = (name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`;

/**
 * Every subgraph answers for its own outbox, consumer and dead letters (`navigatorState`,
 * `replayNavigatorDeadLetters`, …); the regional admin's «Состояние системы» page asks all five at once.
 */
export function systemStateResolver(service: ServiceName, brokers: () => string[]) {
  @Resolver()
  class SystemStateResolver {
    @Authorized('regional_admin')
    @Query(() => ServiceState, { name: `${service}State`, description: `Состояние обмена событиями: ${service}` })
    async state(@Ctx() { dataSource, logger }: RequestContext): Promise<ServiceState> {
      const state = await readEventsState({ dataSource, brokers: brokers(), service, logger });
      return {
        service,
        outboxBacklog: state.outboxBacklog,
        oldestOutboxSeconds: state.oldestOutboxSeconds,
        consumerLag: state.consumerLag,
        kafkaAnswered: state.deadLetters !== null,
        deadLetterCount: state.deadLetters?.count ?? 0,
        deadLetters: state.deadLetters?.newest ?? [],
      };
    }

    @Authorized('regional_admin')
    @Mutation(() => DeadLetterReplay, {
      name: `replay${capitalised(service)}DeadLetters`,
      description: `Отправить недоставленные события сервиса ${service} на повторную обработку`,
    })
    async replay(@Ctx() { logger }: RequestContext): Promise<DeadLetterReplay> {
      logger.info({ service }, 'dead letters replayed from the admin page');
      return replayDeadLetters({ brokers: brokers(), service, logger }).catch((error: unknown) => {
        logger.warn({ err: error }, 'dead-letter replay failed');
        throw new DomainError('REPLAY_FAILED', 'Не удалось повторить события: Kafka не ответила. Попробуйте ещё раз позже.');
      });
    }
  }
  return SystemStateResolver;
}
