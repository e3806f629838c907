import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentMethod } from '../domain/consent.rules';
import type { EnrollmentStatus } from '../domain/enrollment.rules';

@Entity('enrollments')
export class EnrollmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  /** the parent themselves, or staff entering the application with the parent's consent */
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'parent_user_id', type: 'uuid' })
  parentUserId: string;

  @Column({ name: 'consent_method', type: 'text', nullable: true })
  consentMethod: ConsentMethod | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ name: 'consent_document', type: 'text', nullable: true })
  consentDocument: string | null;

  @Column({ type: 'text' })
  status: EnrollmentStatus;

  @Column({ name: 'monthly_price_kopecks', type: 'bigint', transformer: kopecksColumn })
  monthlyPriceKopecks: number;

  @Column({ type: 'int' })
  months: number;

  @Column({ name: 'certificate_share_kopecks', type: 'bigint', nullable: true, transformer: kopecksColumn })
  certificateShareKopecks: number | null;

  @Column({ name: 'co_payment_kopecks', type: 'bigint', nullable: true, transformer: kopecksColumn })
  coPaymentKopecks: number | null;

  @Column({ name: 'rejection_code', type: 'text', nullable: true })
  rejectionCode: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** a withdrawn accepted enrolment holds its seat until this day (its end); null once given back */
  @Column({ name: 'seat_held_until', type: 'date', nullable: true })
  seatHeldUntil: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'pending_since', type: 'timestamptz', nullable: true })
  pendingSince: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
