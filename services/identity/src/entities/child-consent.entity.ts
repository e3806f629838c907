import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Consent to personal-data processing; at most one per child is in force (withdrawnAt null). */
@Entity('child_consents')
export class ChildConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'given_by', type: 'uuid' })
  givenBy: string;

  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' })
  givenAt: Date;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
