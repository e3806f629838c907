import { graphql } from '../gql';
import type { ServiceStateFieldsFragment } from '../gql/graphql';

/** The five services, as the schema names their state fields and replay mutations. */
export type ServiceName = 'identity' | 'certificates' | 'navigator' | 'billing' | 'notifications';

export type ServiceState = ServiceStateFieldsFragment;

// Spread by the documents below; codegen includes it in each of them.
graphql(`
  fragment ServiceStateFields on ServiceState {
    service
    outboxBacklog
    oldestOutboxSeconds
    consumerLag {
      topic
      lag
    }
    kafkaAnswered
    deadLetterCount
    deadLetters {
      id
      topic
      eventId
      eventType
      error
      attempts
      deadLetteredAt
    }
  }
`);

/** Each service answers for itself; with errorPolicy 'all' one service down leaves the others on the page. */
export const SYSTEM_STATE = graphql(`
  query SystemState {
    identityState {
      ...ServiceStateFields
    }
    certificatesState {
      ...ServiceStateFields
    }
    navigatorState {
      ...ServiceStateFields
    }
    billingState {
      ...ServiceStateFields
    }
    notificationsState {
      ...ServiceStateFields
    }
  }
`);

export const REPLAY_DEAD_LETTERS = {
  identity: graphql(`
    mutation ReplayIdentityDeadLetters {
      replayIdentityDeadLetters {
        replayed
      }
    }
  `),
  certificates: graphql(`
    mutation ReplayCertificatesDeadLetters {
      replayCertificatesDeadLetters {
        replayed
      }
    }
  `),
  navigator: graphql(`
    mutation ReplayNavigatorDeadLetters {
      replayNavigatorDeadLetters {
        replayed
      }
    }
  `),
  billing: graphql(`
    mutation ReplayBillingDeadLetters {
      replayBillingDeadLetters {
        replayed
      }
    }
  `),
  notifications: graphql(`
    mutation ReplayNotificationsDeadLetters {
      replayNotificationsDeadLetters {
        replayed
      }
    }
  `),
} as const satisfies Record<ServiceName, unknown>;
