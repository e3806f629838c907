import { gql, type TypedDocumentNode } from '@apollo/client';

/** The five services, as the schema names their state fields and replay mutations. */
export type ServiceName = 'identity' | 'certificates' | 'navigator' | 'billing' | 'notifications';

export interface DeadLetter {
  id: string;
  topic: string;
  eventId: string | null;
  eventType: string | null;
  error: string;
  attempts: number;
  deadLetteredAt: string;
}

export interface ServiceState {
  service: ServiceName;
  outboxBacklog: number;
  oldestOutboxSeconds: number | null;
  consumerLag: { topic: string; lag: number }[];
  kafkaAnswered: boolean;
  deadLetterCount: number;
  deadLetters: DeadLetter[];
}

const SERVICE_STATE_FIELDS = gql`
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
`;

/** Each service answers for itself; with errorPolicy 'all' one service down leaves the others on the page. */
export const SYSTEM_STATE: TypedDocumentNode<Partial<Record<`${ServiceName}State`, ServiceState | null>>> = gql`
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
  ${SERVICE_STATE_FIELDS}
`;

type Replay = TypedDocumentNode<Record<string, { replayed: number }>>;

export const REPLAY_DEAD_LETTERS: Readonly<Record<ServiceName, Replay>> = {
  identity: gql`
    mutation ReplayIdentityDeadLetters {
      replayIdentityDeadLetters {
        replayed
      }
    }
  `,
  certificates: gql`
    mutation ReplayCertificatesDeadLetters {
      replayCertificatesDeadLetters {
        replayed
      }
    }
  `,
  navigator: gql`
    mutation ReplayNavigatorDeadLetters {
      replayNavigatorDeadLetters {
        replayed
      }
    }
  `,
  billing: gql`
    mutation ReplayBillingDeadLetters {
      replayBillingDeadLetters {
        replayed
      }
    }
  `,
  notifications: gql`
    mutation ReplayNotificationsDeadLetters {
      replayNotificationsDeadLetters {
        replayed
      }
    }
  `,
};
