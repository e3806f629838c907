import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A second child claimed a document another child already holds; the МОЦ sorts it out. */
@Entity('document_conflicts')
export class DocumentConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** the document as the first child holds it */
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @Column({ name: 'claimant_child_id', type: 'uuid' })
  claimantChildId: string;

  @Column({ name: 'claimed_by', type: 'uuid' })
  claimedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
