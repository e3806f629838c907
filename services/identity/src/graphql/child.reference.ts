import type { ReferenceResolvers } from '@pdo/service-kit';
import { readChild } from '../operations/child.operations';
import { toChild } from './child.access';
import { loadDocument } from './identity-document.resolver';

/** Other subgraphs' references resolve under the same access rules as direct queries. */
export const childReferenceResolvers: ReferenceResolvers = {
  Child: {
    __resolveReference: async (reference: { id: string }, context) =>
      toChild(await readChild(context.dataSource, context.viewer, reference.id)),
  },
  IdentityDocument: {
    __resolveReference: async (reference: { id: string }, context) => loadDocument(context, reference.id, null),
  },
};
