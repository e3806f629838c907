import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NormativeEntity } from './normative.entity';

const nullableKopecks = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One change of a normative: who made it, when, the figures before and after, and from when it applies. */
@Entity('normative_versions')
export class NormativeVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'normative_id', type: 'uuid' })
  normativeId: string;

  @ManyToOne(() => NormativeEntity)
  @JoinColumn({ name: 'normative_id' })
  normative?: NormativeEntity;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'old_amount_kopecks', type: 'bigint', nullable: true, transformer: nullableKopecks })
  oldAmountKopecks: number | null;

  @Column({ name: 'new_amount_kopecks', type: 'bigint', transformer: kopecksColumn })
  newAmountKopecks: number;

  @Column({ name: 'old_quota', type: 'int', nullable: true })
  oldQuota: number | null;

  @Column({ name: 'new_quota', type: 'int' })
  newQuota: number;

  @Column({ name: 'old_budget_kopecks', type: 'bigint', nullable: true, transformer: nullableKopecks })
  oldBudgetKopecks: number | null;

  @Column({ name: 'new_budget_kopecks', type: 'bigint', transformer: kopecksColumn })
  newBudgetKopecks: number;
}
