import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MovementKind = 'opening' | 'reservation' | 'release' | 'charge' | 'charge_reversal' | 'period_close';

/** One line of a certificate's ledger; money leaving the balance is negative. */
@Entity('account_movements')
export class AccountMovementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  @Column({ type: 'text' })
  kind: MovementKind;

  @Column({ name: 'amount_kopecks', type: 'bigint', transformer: kopecksColumn })
  amountKopecks: number;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
