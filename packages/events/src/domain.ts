// What services' `domain/` files may use: the catalogue's field schemas and pure helpers, with no Kafka or database client loaded.
export {
  certificateNumberSchema,
  directionSchema,
  idSchema,
  kopecksSchema,
  municipalityCodeSchema,
  type Direction,
} from './catalogue/fields.schema';
export {
  certificateModeSchema,
  certificateStatusSchema,
  type CertificateMode,
  type CertificateStatus,
} from './catalogue/certificates.events';
export { enrollmentEndCauseSchema, type EnrollmentEndCause } from './catalogue/navigator.events';
export { accountingOnlyReasonSchema, billingMonthSchema } from './catalogue/billing.events';
export { backoffDelay } from './backoff';
