import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DocumentKind } from '../domain/document-access.rules';

/** A printable document: the data it is rendered from, and who may fetch it. One per (kind, subject). */
@Entity('documents')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  /** what it is the document of: a certificate, an enrolment, an invoice or a municipality code */
  @Column({ name: 'subject_key', type: 'text' })
  subjectKey: string;

  @Column({ name: 'owner_user_ids', type: 'uuid', array: true })
  ownerUserIds: string[];

  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'provider_id', type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'jsonb' })
  data: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
