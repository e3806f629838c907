import { forbidden, kuzbassDate, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { importFamilies } from '../operations/family-import.operations';
import { FamilyImport } from './family-import.type';

const csvSchema = z
  .string()
  .min(1, 'Файл пустой.')
  .max(2_000_000, 'Файл слишком большой (не более 2 МБ); разделите его на части.');

@Resolver()
export class FamilyImportResolver {
  @Authorized('operator')
  @Mutation(() => FamilyImport, {
    description:
      'Загрузить CSV с родителями и детьми своего муниципалитета. Всё или ничего: при ошибках — IMPORT_REJECTED с перечнем строк в extensions.problems',
  })
  async importFamilies(
    @Arg('csv', () => String) csv: string,
    @Ctx() { viewer, dataSource }: RequestContext,
  ): Promise<FamilyImport> {
    const municipalityCode = viewer.municipalityCode;
    if (!municipalityCode) throw forbidden('Загружать файлы может оператор МОЦ муниципалитета.');
    const { accounts, childrenCount, credentialsPdf } = await importFamilies(
      dataSource,
      municipalityCode,
      parseInput(csvSchema, csv),
    );
    return {
      accounts,
      childrenCount,
      credentialsSheet: {
        fileName: `Данные для входа ${kuzbassDate(new Date())}.pdf`,
        contentType: 'application/pdf',
        base64: credentialsPdf.toString('base64'),
      },
    };
  }
}
