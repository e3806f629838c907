import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind } from '../domain/identity-document.rules';

@Entity('identity_documents')
export class IdentityDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  series: string;

  @Column({ type: 'text' })
  number: string;

  /** YYYY-MM-DD */
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'division_code', type: 'text', nullable: true })
  divisionCode: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
