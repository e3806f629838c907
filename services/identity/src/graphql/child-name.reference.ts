import type { ReferenceResolvers, RequestContext } from '@pdo/service-kit';
import { childName } from '../operations/child.operations';
import type { ChildName } from './child-name.type';

/** A child's name for another subgraph's reference, or null for a viewer who may not see it (see childName). */
async function resolveChildName({ id }: { id: string }, { dataSource, viewer }: RequestContext): Promise<ChildName | null> {
  const entity = await childName(dataSource, viewer, id);
  return entity && { id, lastName: entity.lastName, firstName: entity.firstName, patronymic: entity.patronymic };
}

export const childNameReferenceResolvers: ReferenceResolvers = {
  ChildName: { __resolveReference: resolveChildName },
};
