import { DomainError, kuzbassDate, type Viewer } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { childAccess, mayChange, type ChildAccess } from '../domain/child-access.rules';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';

export interface LoadedChild {
  entity: ChildEntity;
  parentIds: string[];
  access: ChildAccess;
}

/**
 * One answer for "no such child" and "not yours", so ids of other people's children reveal nothing.
 * FORBIDDEN rather than NOT_FOUND: the viewer may not learn whether the record exists.
 */
export const noAccess = () => new DomainError('FORBIDDEN', 'Запись не найдена или у вас нет к ней доступа.');

export const isUuid = (id: string) => z.uuid().safeParse(id).success;

export const parentIdsOf = async (manager: EntityManager, childId: string) =>
  (await manager.find(ChildParentEntity, { where: { childId }, order: { parentId: 'ASC' } })).map((link) => link.parentId);

/** The child as the viewer may see it, or FORBIDDEN; `lock` takes the row for a change in the caller's transaction. */
export async function loadChild(manager: EntityManager, viewer: Viewer, childId: string, lock = false): Promise<LoadedChild> {
  if (!isUuid(childId)) throw noAccess();
  const entity = await manager.findOne(ChildEntity, {
    where: { id: childId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!entity) throw noAccess();
  const parentIds = await parentIdsOf(manager, childId);
  const access = childAccess(viewer, { ...entity, parentIds }, kuzbassDate(new Date()));
  if (!access) throw noAccess();
  return { entity, parentIds, access };
}

/** Locks the child for a change by its parent or by the child of 14+; staff only read. */
export async function loadChildForChange(manager: EntityManager, viewer: Viewer, childId: string): Promise<LoadedChild> {
  const loaded = await loadChild(manager, viewer, childId, true);
  if (!mayChange(loaded.access)) throw new DomainError('FORBIDDEN', 'Изменять данные ребёнка могут только его родители.');
  return loaded;
}
