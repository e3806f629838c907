import type { RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { documentConflicts } from '../operations/document-conflict.operations';
import { reasonOf } from './child.access';
import { DocumentConflict } from './document-conflict.type';

@Resolver()
export class DocumentConflictResolver {
  @Authorized('operator', 'regional_admin')
  @Query(() => [DocumentConflict], {
    description:
      'Документы, указанные у двух детей: оператор МОЦ видит те, где хотя бы один ребёнок из его муниципалитета, РМЦ — все; новые сверху. Каждый показ записывается в журнал доступа',
  })
  async documentConflicts(
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<DocumentConflict[]> {
    return documentConflicts(dataSource, viewer, reasonOf(reason));
  }
}
