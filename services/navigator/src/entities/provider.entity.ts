import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProviderStatus, ProviderType } from '../domain/provider.rules';

@Entity('providers')
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ProviderType;

  @Column({ type: 'text', nullable: true })
  inn: string | null;

  @Column({ type: 'text', nullable: true })
  ogrn: string | null;

  @Column({ name: 'licence_number', type: 'text', nullable: true })
  licenceNumber: string | null;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text', array: true })
  addresses: string[];

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text' })
  status: ProviderStatus;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
