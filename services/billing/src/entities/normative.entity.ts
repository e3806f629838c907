import { kopecksColumn } from '@pdo/service-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What one certificate of a group carries for a school year in a municipality, and how many it can finance. */
@Entity('normatives')
export class NormativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'group_name', type: 'text' })
  groupName: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'amount_kopecks', type: 'bigint', transformer: kopecksColumn })
  amountKopecks: number;

  @Column({ type: 'int' })
  quota: number;

  @Column({ name: 'budget_kopecks', type: 'bigint', transformer: kopecksColumn })
  budgetKopecks: number;
}
