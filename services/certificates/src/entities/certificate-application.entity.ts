import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Applicant } from '../domain/applicant.rules';

export type ApplicationStatus = 'email_pending' | 'email_confirmed' | 'certificate_issued';

@Entity('certificate_applications')
export class CertificateApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** the application form's running number (заявление №458) */
  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'applicant_user_id', type: 'uuid' })
  applicantUserId: string;

  /** the parent, or the pupil of 14+ applying for himself */
  @Column({ name: 'applicant_kind', type: 'text' })
  applicantKind: Applicant;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** the operator who entered it for the parent, if it was entered in person */
  @Column({ name: 'entered_by_user_id', type: 'uuid', nullable: true })
  enteredByUserId: string | null;

  @Column({ type: 'text' })
  status: ApplicationStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
