export { defineEvent, type EventData, type EventDefinition } from './catalogue/define-event';
export {
  certificateNumberSchema,
  directionSchema,
  idSchema,
  kopecksSchema,
  municipalityCodeSchema,
  type Direction,
} from './catalogue/fields.schema';
export { allTopics, deadLetterTopic, eventsTopic, serviceNames, type ServiceName } from './catalogue/topics';
export {
  childChanged,
  childRegistered,
  consentWithdrawn,
  documentAdded,
  documentChanged,
  identityEvents,
  passwordResetRequested,
  userRegistered,
} from './catalogue/identity.events';
export {
  certificateApplicationEntered,
  certificateApplicationSubmitted,
  certificateIssued,
  certificateModeChanged,
  certificateModeSchema,
  certificateMoved,
  certificateMoveRefused,
  certificatesEvents,
  certificateStatusChanged,
  certificateStatusSchema,
  type CertificateMode,
  type CertificateStatus,
} from './catalogue/certificates.events';
export {
  enrollmentAccepted,
  enrollmentAcceptedV2,
  enrollmentCancelled,
  enrollmentDeclined,
  enrollmentEndCauseSchema,
  enrollmentRequested,
  navigatorEvents,
  type EnrollmentEndCause,
} from './catalogue/navigator.events';
export {
  accountingOnlyReasonSchema,
  billingEvents,
  billingMonthSchema,
  certificateAccountingOnly,
  certificateAccountOpened,
  coPaymentCharged,
  enrollmentFundsRejected,
  enrollmentFundsReserved,
  INVOICE_EVENT_MAX_LINES,
  invoiceIssued,
  invoiceLineSchema,
  invoiceReviewed,
  normativeSet,
} from './catalogue/billing.events';
export { notificationSent, notificationsEvents } from './catalogue/notifications.events';
export {
  eventCatalogue,
  findEventDefinition,
  type CatalogueEvent,
  type EventCatalogue,
  type EventType,
} from './catalogue/event.catalogue';
export { envelopeSchema, type Envelope, type EventOf } from './envelope.schema';
export { decodeEnvelope, validateEventData, type Decoded } from './envelope.codec';
export { backoffDelay, createWakeup, type Wakeup } from './backoff';
export { upsertIfNewer, type ReadModelRow } from './read-model/upsert-if-newer';
export { listenForChannel, type ChannelListener } from './outbox/outbox.listener';
export { eventsMigrations, EventsOutboxInbox1763700000000 } from './outbox/events.migration';
export { pruneEvents, type Pruned, type RetentionOptions } from './outbox/events.prune';
export { publish, publishSelected } from './outbox/outbox.publisher';
export { startOutboxRelay, type OutboxRelayOptions } from './outbox/outbox.relay';
export { startConsumer, type ConsumerOptions, type EventHandler, type EventHandlers } from './consumer/event.consumer';
export { deadLetterHeaders } from './dead-letter/dead-letter.headers';
export { replayDeadLetters, type ReplayOptions } from './dead-letter/dead-letter.replay';
export { readEventsState, type EventsState, type WaitingDeadLetter } from './state/events-state';
export type { Stoppable, TopicOptions } from './kafka/kafka.client';
