import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Sex } from '../domain/child.rules';

@Entity('children')
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ type: 'text', nullable: true })
  patronymic: string | null;

  /** YYYY-MM-DD */
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'text' })
  sex: Sex;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'attends_school', type: 'boolean' })
  attendsSchool: boolean;

  /** the pupil's own account (role `child`), once the child is 14 */
  @Column({ name: 'child_user_id', type: 'uuid', nullable: true })
  childUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
