import { kuzbassDate, type ReferenceResolvers, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { childNameAccess } from '../domain/child-access.rules';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { ChildEntity } from '../entities/child.entity';
import { parentIdsOf } from './child.access';
import type { ChildName } from './child-name.type';

/**
 * A child's name for another subgraph's reference (billing's attendance sheet and invoice lines), or null
 * for a viewer who may not see it. Staff reads, a provider's included, are audited before the name is returned.
 */
async function resolveChildName({ id }: { id: string }, { dataSource, viewer }: RequestContext): Promise<ChildName | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const entity = await dataSource.manager.findOneBy(ChildEntity, { id });
  if (!entity) return null;
  const providers: { provider_id: string }[] = await dataSource.query(
    'SELECT DISTINCT provider_id FROM provider_enrollments WHERE child_id = $1',
    [id],
  );
  const access = childNameAccess(
    viewer,
    { ...entity, parentIds: await parentIdsOf(dataSource.manager, id), providerIds: providers.map((row) => row.provider_id) },
    kuzbassDate(new Date()),
  );
  if (!access) return null;
  if (access === 'provider' || access === 'staff') {
    await dataSource.getRepository(AuditLogEntity).insert({
      actorUserId: viewer.userId as string,
      actorRoles: viewer.roles,
      recordType: 'child',
      recordId: id,
      field: 'name',
      reason: null,
    });
  }
  return { id, lastName: entity.lastName, firstName: entity.firstName, patronymic: entity.patronymic };
}

export const childNameReferenceResolvers: ReferenceResolvers = {
  ChildName: { __resolveReference: resolveChildName },
};
