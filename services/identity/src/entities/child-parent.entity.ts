import { Entity, PrimaryColumn } from 'typeorm';

@Entity('child_parents')
export class ChildParentEntity {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId: string;

  @PrimaryColumn({ name: 'parent_id', type: 'uuid' })
  parentId: string;
}
