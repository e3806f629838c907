import { childChanged, childRegistered, consentWithdrawn, publish } from '@pdo/events';
import { DomainError, kuzbassDate, type Viewer } from '@pdo/service-kit';
import { IsNull, type DataSource } from 'typeorm';
import { childAccess, childNameAccess } from '../domain/child-access.rules';
import type { ChildFields } from '../domain/child.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { ChildConsentEntity } from '../entities/child-consent.entity';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';
import { IdentityDocumentEntity } from '../entities/identity-document.entity';
import { isUuid, loadChild, loadChildForChange, parentIdsOf, type LoadedChild } from './child-access';

const eventData = (child: ChildEntity, parentIds: string[]) => ({
  childId: child.id,
  parentIds,
  birthDate: child.birthDate,
  municipalityCode: child.municipalityCode,
  attendsSchool: child.attendsSchool,
  firstName: child.firstName,
});

/** The children whose cards the viewer keeps (for a pupil of 14+, his own). */
export async function myChildren(dataSource: DataSource, viewer: Viewer): Promise<LoadedChild[]> {
  const entities = await dataSource
    .getRepository(ChildEntity)
    .createQueryBuilder('child')
    .where('child.id IN (SELECT child_id FROM child_parents WHERE parent_id = :userId) OR child.child_user_id = :userId', {
      userId: viewer.userId,
    })
    .orderBy('child.birth_date', 'ASC')
    .addOrderBy('child.id', 'ASC')
    .getMany();
  const today = kuzbassDate(new Date());
  const children: LoadedChild[] = [];
  for (const entity of entities) {
    const parentIds = await parentIdsOf(dataSource.manager, entity.id);
    const access = childAccess(viewer, { ...entity, parentIds }, today);
    if (access) children.push({ entity, parentIds, access });
  }
  return children;
}

export const readChild = (dataSource: DataSource, viewer: Viewer, childId: string): Promise<LoadedChild> =>
  loadChild(dataSource.manager, viewer, childId);

/** The parent who adds a child becomes its legal representative. */
export function addChild(dataSource: DataSource, viewer: Viewer, fields: ChildFields): Promise<LoadedChild> {
  const parentId = viewer.userId as string;
  return dataSource.transaction(async (manager) => {
    const child = await manager.save(ChildEntity, manager.create(ChildEntity, { ...fields, childUserId: null }));
    await manager.insert(ChildParentEntity, { childId: child.id, parentId });
    await publish(manager, childRegistered, child.id, eventData(child, [parentId]));
    return loadChild(manager, viewer, child.id);
  });
}

export function updateChild(dataSource: DataSource, viewer: Viewer, childId: string, fields: ChildFields): Promise<LoadedChild> {
  return dataSource.transaction(async (manager) => {
    const { entity, parentIds, access } = await loadChildForChange(manager, viewer, childId);
    if (access !== 'parent') throw new DomainError('FORBIDDEN', 'Изменять карточку ребёнка могут только его родители.');
    await manager.update(ChildEntity, { id: childId }, fields);
    await publish(manager, childChanged, childId, eventData({ ...entity, ...fields }, parentIds));
    return loadChild(manager, viewer, childId);
  });
}

export function giveConsent(dataSource: DataSource, viewer: Viewer, childId: string): Promise<LoadedChild> {
  return dataSource.transaction(async (manager) => {
    await loadChildForChange(manager, viewer, childId);
    // At most one consent in force per child: the partial unique index turns a repeat into nothing.
    await manager.query(
      `INSERT INTO child_consents (child_id, given_by) VALUES ($1, $2) ON CONFLICT (child_id) WHERE withdrawn_at IS NULL DO NOTHING`,
      [childId, viewer.userId],
    );
    return loadChild(manager, viewer, childId);
  });
}

export function withdrawConsent(dataSource: DataSource, viewer: Viewer, childId: string): Promise<LoadedChild> {
  return dataSource.transaction(async (manager) => {
    await loadChildForChange(manager, viewer, childId);
    const result = await manager
      .createQueryBuilder()
      .update(ChildConsentEntity)
      .set({ withdrawnAt: () => 'now()', withdrawnBy: viewer.userId })
      .where('child_id = :childId AND withdrawn_at IS NULL', { childId })
      .execute();
    if (!result.affected)
      throw new DomainError('CONSENT_NOT_GIVEN', 'Согласие на обработку персональных данных не было дано или уже отозвано.');
    await publish(manager, consentWithdrawn, childId, { childId });
    return loadChild(manager, viewer, childId);
  });
}

/** When the consent in force was given; null when there is none. */
export async function consentGivenAt(dataSource: DataSource, childId: string): Promise<Date | null> {
  const consent = await dataSource.getRepository(ChildConsentEntity).findOneBy({ childId, withdrawnAt: IsNull() });
  return consent?.givenAt ?? null;
}

/** The login of the pupil's own sign-in; null when the МОЦ has not issued one. */
export async function ownLogin(dataSource: DataSource, childId: string): Promise<string | null> {
  const [row] = (await dataSource.query('SELECT u.login FROM children c JOIN users u ON u.id = c.child_user_id WHERE c.id = $1', [
    childId,
  ])) as { login: string }[];
  return row?.login ?? null;
}

export const documentsOf = (dataSource: DataSource, childId: string): Promise<IdentityDocumentEntity[]> =>
  dataSource.getRepository(IdentityDocumentEntity).find({ where: { childId }, order: { createdAt: 'ASC', id: 'ASC' } });

/**
 * A child's name for another subgraph's reference (billing's attendance sheet and invoice lines), or null
 * for a viewer who may not see it. Staff reads, a provider's included, are audited before the name is returned.
 */
export async function childName(dataSource: DataSource, viewer: Viewer, childId: string): Promise<ChildEntity | null> {
  if (!isUuid(childId)) return null;
  const entity = await dataSource.manager.findOneBy(ChildEntity, { id: childId });
  if (!entity) return null;
  const providers: { provider_id: string }[] = await dataSource.query(
    'SELECT DISTINCT provider_id FROM provider_enrollments WHERE child_id = $1',
    [childId],
  );
  const access = childNameAccess(
    viewer,
    {
      ...entity,
      parentIds: await parentIdsOf(dataSource.manager, childId),
      providerIds: providers.map((row) => row.provider_id),
    },
    kuzbassDate(new Date()),
  );
  if (!access) return null;
  if (access === 'provider' || access === 'staff') {
    await dataSource.getRepository(AuditLogEntity).insert({
      actorUserId: viewer.userId as string,
      actorRoles: viewer.roles,
      recordType: 'child',
      recordId: childId,
      field: 'name',
      reason: null,
    });
  }
  return entity;
}
