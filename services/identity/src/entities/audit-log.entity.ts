import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@pdo/service-kit';
import type { ExportOutcome } from '../domain/children-export.rules';

/**
 * A document number or scan read, a record shown in a staff search, a child's name shown to a provider, or a
 * table exported (`children`: the register of children, one entry per export).
 */
export type AuditedField = 'series' | 'number' | 'scan' | 'search' | 'name' | 'children';
/** `export`: the record is the export itself (its own id), not one of its rows */
export type AuditedRecord = 'identity_document' | 'child' | 'user' | 'export';

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

  /** of an export: xlsx or csv */
  @Column({ name: 'export_format', type: 'text', nullable: true })
  exportFormat: string | null;

  /** of an export: rows it held */
  @Column({ name: 'row_count', type: 'integer', nullable: true })
  rowCount: number | null;

  /** of an export: the municipality it covered; null for the whole region or for a single record's read */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  /** of an export: whether every row reached the reader (see ExportOutcome) */
  @Column({ name: 'export_outcome', type: 'text', nullable: true })
  exportOutcome: ExportOutcome | null;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' })
  readAt: Date;
}
