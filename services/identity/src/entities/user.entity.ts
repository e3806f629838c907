import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@pdo/service-kit';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  login: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** where recovery links go; unique regardless of case */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** the person's subject at Gosuslugi (ESIA), once they signed in or linked through it */
  @Column({ name: 'esia_subject', type: 'text', nullable: true, unique: true })
  esiaSubject: string | null;

  /** 11 digits without separators */
  @Column({ type: 'text', nullable: true, unique: true })
  snils: string | null;

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  /** set by an operator's reset: the temporary password is to be replaced at the first sign-in */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'password_reset_by', type: 'uuid', nullable: true })
  passwordResetBy: string | null;

  @Column({ name: 'password_reset_at', type: 'timestamptz', nullable: true })
  passwordResetAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
