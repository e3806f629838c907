import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's normative for a certificate group and school year, from billing's events. */
@Entity('normatives')
export class NormativeEntity {
  @PrimaryColumn({ name: 'normative_id', type: 'uuid' })
  normativeId: string;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'group_name', type: 'text' })
  groupName: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'amount_kopecks_per_year', type: 'bigint', transformer: kopecksColumn })
  amountKopecksPerYear: number;

  @Column({ name: 'source_occurred_at', type: 'timestamptz' })
  sourceOccurredAt: Date;
}
