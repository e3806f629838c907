import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What navigator knows of a child, from identity's events: no names, no documents. */
@Entity('children')
export class ChildEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'parent_ids', type: 'uuid', array: true })
  parentIds: string[];

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'source_occurred_at', type: 'timestamptz' })
  sourceOccurredAt: Date;
}
