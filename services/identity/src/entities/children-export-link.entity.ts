import type { Role } from '@pdo/service-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentVisibility } from '../domain/children-export.rules';

/**
 * A download link to the register of children (`exportChildrenLink`): the export it was issued for, exactly
 * as it was authorized (whose, which municipality, which document columns, format, reason), kept until used.
 * Only the token's hash is stored, so the table alone opens no download.
 */
@Entity('children_export_links')
export class ChildrenExportLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'user_roles', type: 'text', array: true })
  userRoles: Role[];

  /** null: the whole region */
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'text' })
  documents: DocumentVisibility;

  @Column({ type: 'text' })
  format: 'xlsx' | 'csv';

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
