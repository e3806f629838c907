import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@pdo/service-kit';

/** A document number or scan read, a record shown in a staff search, or a child's name shown to a provider. */
export type AuditedField = 'series' | 'number' | 'scan' | 'search' | 'name';
export type AuditedRecord = 'identity_document' | 'child' | 'user';

/** One staff read of personal data (152-ФЗ): who, when, which record and field, and why if given. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId: string;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: Role[];

  @Column({ name: 'record_type', type: 'text' })
  recordType: AuditedRecord;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ type: 'text' })
  field: AuditedField;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}
