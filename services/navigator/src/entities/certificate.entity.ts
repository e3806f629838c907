import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateStatus } from '../domain/enrollment.rules';

/** A certificate's status, from certificates' events. */
@Entity('certificates')
export class CertificateEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'text' })
  status: CertificateStatus;

  @Column({ name: 'status_occurred_at', type: 'timestamptz' })
  statusOccurredAt: Date;
}
