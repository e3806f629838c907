import { DomainError, forbidden, type Viewer } from '@pdo/service-kit';
import type { EntityManager } from 'typeorm';
import { ChildEntity } from '../entities/child.entity';

export const isParentOf = (viewer: Viewer, child: ChildEntity) =>
  viewer.userId !== null && child.parentIds.includes(viewer.userId);

export const isOperatorOf = (viewer: Viewer, municipalityCode: string) =>
  viewer.roles.includes('operator') && viewer.municipalityCode === municipalityCode;

export async function findChild(manager: EntityManager, childId: string): Promise<ChildEntity> {
  const child = await manager.getRepository(ChildEntity).findOneBy({ id: childId });
  if (!child) throw new DomainError('NOT_FOUND', 'Ребёнок не найден. Добавьте ребёнка в личном кабинете и попробуйте ещё раз.');
  return child;
}

export function assertOperatorOf(viewer: Viewer, municipalityCode: string): void {
  if (!isOperatorOf(viewer, municipalityCode)) throw forbidden('Запись относится к другому муниципалитету.');
}
