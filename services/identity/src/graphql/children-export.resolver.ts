import { parseInput, TableExportFile, type RequestContext } from '@pdo/service-kit';
import { base64File, exportFormatSchema, exportTable } from '@pdo/table-export';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { childrenExportScope, requireExportReason } from '../domain/children-export.rules';
import { exportChildren } from '../operations/children-export.operations';
import { reasonOf } from './child.access';
import { childrenExportTable } from './children-export.table';

@Resolver()
export class ChildrenExportResolver {
  // A mutation, not a query: each export writes an entry to the access journal.
  @Authorized('operator', 'regional_admin')
  @Mutation(() => TableExportFile, {
    description:
      'Выгрузка реестра детей с персональными данными в XLSX или CSV: оператор МОЦ — своего муниципалитета, РМЦ — любого или всего региона. Нужна причина; каждая выгрузка записывается в журнал доступа',
  })
  async exportChildren(
    @Arg('format', () => String, { description: 'xlsx или csv' }) format: string,
    @Arg('reason', () => String, { description: 'Причина выгрузки, для журнала доступа' }) reason: string,
    @Arg('municipalityCode', () => String, {
      nullable: true,
      description: 'Код муниципалитета; без него — свой (оператор) или весь регион (РМЦ)',
    })
    municipalityCode: string | null | undefined,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<TableExportFile> {
    const fileFormat = parseInput(exportFormatSchema, format);
    const why = requireExportReason(reasonOf(reason));
    const scope = childrenExportScope(viewer, municipalityCode ?? null);
    const file = await exportChildren(dataSource, viewer, { scope, format: fileFormat, reason: why }, (pages) =>
      exportTable(fileFormat, childrenExportTable(scope.documents), pages, `дети-${scope.municipalityCode ?? 'регион'}`),
    );
    return base64File(file);
  }
}
