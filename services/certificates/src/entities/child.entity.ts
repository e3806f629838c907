import { Column, Entity, PrimaryColumn } from 'typeorm';

/** identity's child as certificates needs it, kept from identity's events. */
@Entity('children')
export class ChildEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'parent_ids', type: 'uuid', array: true })
  parentIds: string[];

  /** YYYY-MM-DD */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'attends_school', type: 'boolean' })
  attendsSchool: boolean;

  @Column({ name: 'consent_withdrawn_at', type: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null;
}
