import type { CertificateStatus } from '@pdo/events';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Billing's read model of a certificate, kept from the certificates service's events. */
@Entity('certificates')
export class CertificateEntity {
  @PrimaryColumn({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  /** kept since the month-end (older rows learn it from EnrollmentAccepted) for invoice lines */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ type: 'text' })
  status: CertificateStatus;
}
