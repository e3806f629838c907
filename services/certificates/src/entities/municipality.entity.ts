import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text' })
  kind: 'city' | 'district';
}
