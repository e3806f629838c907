import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReferenceDataSubject = 'support_centre' | 'activating_institution' | 'certificate_group';
export type ReferenceDataAction = 'created' | 'updated' | 'removed';

/** Who changed the reference data, when, and the values before and after. */
@Entity('reference_data_changes')
export class ReferenceDataChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  subject: ReferenceDataSubject;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text' })
  action: ReferenceDataAction;

  @Column({ name: 'old_values', type: 'jsonb', nullable: true })
  oldValues: object | null;

  @Column({ name: 'new_values', type: 'jsonb', nullable: true })
  newValues: object | null;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
