import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AccountingOnlyReason } from '../domain/accounting-only.reason';

/** A certificate's account for a school year; `balanceKopecks` is the sum of its movements, kept in step. */
@Entity('certificate_accounts')
export class CertificateAccountEntity {
  @PrimaryColumn({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'normative_id', type: 'uuid', nullable: true })
  normativeId: string | null;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'opened_with_kopecks', type: 'bigint', transformer: kopecksColumn })
  openedWithKopecks: number;

  @Column({ name: 'balance_kopecks', type: 'bigint', transformer: kopecksColumn })
  balanceKopecks: number;

  @Column({ name: 'accounting_only_reason', type: 'text', nullable: true })
  accountingOnlyReason: AccountingOnlyReason | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
