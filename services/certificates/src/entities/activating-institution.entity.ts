import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An institution of the municipality where a parent brings the application to activate the certificate. */
@Entity('activating_institutions')
export class ActivatingInstitutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** it also takes applications from parents in person */
  @Column({ name: 'accepts_applications', type: 'boolean' })
  acceptsApplications: boolean;

  /** null for the seeded entries */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
