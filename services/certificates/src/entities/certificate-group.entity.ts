import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('certificate_groups')
export class CertificateGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'min_age', type: 'int' })
  minAge: number;

  @Column({ name: 'max_age', type: 'int' })
  maxAge: number;
}
