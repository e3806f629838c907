import { kopecksColumn } from '@pdo/service-kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Direction, ProgramFormat, ProgramStatus, Registry } from '../domain/program.rules';

@Entity('programs')
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  direction: Direction;

  @Column({ type: 'text' })
  registry: Registry;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text' })
  format: ProgramFormat;

  @Column({ name: 'min_age', type: 'int' })
  minAge: number;

  @Column({ name: 'max_age', type: 'int' })
  maxAge: number;

  @Column({ name: 'duration_months', type: 'int' })
  durationMonths: number;

  @Column({ type: 'int' })
  hours: number;

  @Column({ name: 'monthly_price_kopecks', type: 'bigint', transformer: kopecksColumn })
  monthlyPriceKopecks: number;

  @Column({ name: 'needs_medical_certificate', type: 'boolean' })
  needsMedicalCertificate: boolean;

  @Column({ name: 'suits_disabilities', type: 'boolean' })
  suitsDisabilities: boolean;

  @Column({ type: 'text' })
  status: ProgramStatus;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
