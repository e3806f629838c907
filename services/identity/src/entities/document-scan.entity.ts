import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ScanContentType } from '../domain/document-scan.rules';

/** The scan of a document, kept apart so that listing documents never loads the file. */
@Entity('document_scans')
export class DocumentScanEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: ScanContentType;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
