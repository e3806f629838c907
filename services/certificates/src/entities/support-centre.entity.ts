import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The municipality's support centre (МОЦ): one per municipality. */
@Entity('support_centres')
export class SupportCentreEntity {
  @PrimaryColumn({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text' })
  phone: string;

  /** null for the seeded entries */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
