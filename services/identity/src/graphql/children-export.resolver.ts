import { parseInput, TableExportFile, TableExportLink, type RequestContext, type Viewer } from '@pdo/service-kit';
import { base64File, exportFileName, exportFormatSchema, exportTable } from '@pdo/table-export';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { childrenExportScope, requireExportReason } from '../domain/children-export.rules';
import { exportChildren, issueChildrenExportLink, type ChildrenExportRequest } from '../operations/children-export.operations';
import { reasonOf } from './child.access';
import { childrenExportBaseName, childrenExportTable } from './children-export.table';

/** Both ways of exporting check the same things in the same order: format, reason, then who may see what. */
function exportRequest(
  format: string,
  reason: string,
  municipalityCode: string | null | undefined,
  viewer: Viewer,
): ChildrenExportRequest {
  const fileFormat = parseInput(exportFormatSchema, format);
  const why = requireExportReason(reasonOf(reason));
  return { format: fileFormat, reason: why, scope: childrenExportScope(viewer, municipalityCode ?? null) };
}

const FORMAT = { description: 'xlsx или csv' };
const REASON = { description: 'Причина выгрузки, для журнала доступа' };
const MUNICIPALITY = {
  nullable: true,
  description: 'Код муниципалитета; без него — свой (оператор) или весь регион (РМЦ)',
};

@Resolver()
export class ChildrenExportResolver {
  // A mutation, not a query: each export writes an entry to the access journal.
  @Authorized('operator', 'regional_admin')
  @Mutation(() => TableExportFile, {
    description:
      'Выгрузка реестра детей с персональными данными в XLSX или CSV прямо в ответе (до 20 000 строк; больше — exportChildrenLink): оператор МОЦ — своего муниципалитета, РМЦ — любого или всего региона. Нужна причина; каждая выгрузка записывается в журнал доступа',
  })
  async exportChildren(
    @Arg('format', () => String, FORMAT) format: string,
    @Arg('reason', () => String, REASON) reason: string,
    @Arg('municipalityCode', () => String, MUNICIPALITY) municipalityCode: string | null | undefined,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<TableExportFile> {
    const request = exportRequest(format, reason, municipalityCode, viewer);
    const file = await exportChildren(dataSource, viewer, request, (pages) =>
      exportTable(request.format, childrenExportTable(request.scope.documents), pages, childrenExportBaseName(request.scope)),
    );
    return base64File(file);
  }

  // A mutation: it issues a one-use link; the export is journaled when the link is used (see the operations).
  @Authorized('operator', 'regional_admin')
  @Mutation(() => TableExportLink, {
    description:
      'Ссылка на выгрузку реестра детей любого размера (XLSX или CSV), которую браузер скачивает потоком: одноразовая, действует минуту, только для того, кто её получил. Права и причина — как у exportChildren; выгрузка записывается в журнал доступа при скачивании',
  })
  async exportChildrenLink(
    @Arg('format', () => String, FORMAT) format: string,
    @Arg('reason', () => String, REASON) reason: string,
    @Arg('municipalityCode', () => String, MUNICIPALITY) municipalityCode: string | null | undefined,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<TableExportLink> {
    const request = exportRequest(format, reason, municipalityCode, viewer);
    const { token, expiresAt } = await issueChildrenExportLink(dataSource, viewer, request);
    return {
      url: `/exports/${token}`,
      fileName: exportFileName(childrenExportBaseName(request.scope), request.format),
      expiresAt,
    };
  }
}
