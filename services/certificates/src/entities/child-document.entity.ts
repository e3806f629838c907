import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ChildDocumentKind = 'birth_certificate' | 'passport';

/** identity's identity document of a child, kept from identity's events: only whose it is. */
@Entity('child_documents')
export class ChildDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ type: 'text' })
  kind: ChildDocumentKind;
}
