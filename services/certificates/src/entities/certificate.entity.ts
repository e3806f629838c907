import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateMode } from '../domain/certificate-mode';
import type { CertificateStatus } from '../domain/certificate-status';

@Entity('certificates')
export class CertificateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  status: CertificateStatus;

  @Column({ name: 'checked_documents', type: 'text', array: true, nullable: true })
  checkedDocuments: string[] | null;

  @Column({ name: 'activated_by_user_id', type: 'uuid', nullable: true })
  activatedByUserId: string | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ type: 'text' })
  mode: CertificateMode;

  /** billing's code when it left the certificate an accounting one */
  @Column({ name: 'mode_reason_code', type: 'text', nullable: true })
  modeReasonCode: string | null;

  /** the school year billing decided the mode for (YYYY-MM-DD) */
  @Column({ name: 'mode_period_start', type: 'date', nullable: true })
  modePeriodStart: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
