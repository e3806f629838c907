import { kuzbassMunicipalities } from '@pdo/service-kit';
import type { TableDefinition } from '@pdo/table-export';
import type { Sex } from '../domain/child.rules';
import { documentText, type ChildrenExportScope, type DocumentVisibility } from '../domain/children-export.rules';
import type { ChildExportRow } from '../operations/children-export.operations';

const sexLabels: Record<Sex, string> = { male: 'мужской', female: 'женский' };
const municipalityNames = new Map(kuzbassMunicipalities.map((m) => [m.code, m.name]));

/** The register of children as staff read it; the document column as this viewer may see it. */
export const childrenExportTable = (documents: DocumentVisibility): TableDefinition<ChildExportRow> => ({
  title: 'Дети',
  columns: [
    { heading: 'Фамилия', width: 18, value: (row) => row.lastName },
    { heading: 'Имя', width: 16, value: (row) => row.firstName },
    { heading: 'Отчество', width: 18, value: (row) => row.patronymic },
    { heading: 'Дата рождения', kind: 'date', width: 14, value: (row) => row.birthDate },
    { heading: 'Пол', width: 9, value: (row) => sexLabels[row.sex] },
    { heading: 'Муниципалитет', width: 28, value: (row) => municipalityNames.get(row.municipalityCode) ?? row.municipalityCode },
    { heading: 'Адрес', width: 40, value: (row) => row.address },
    { heading: 'Посещает школу или детский сад', value: (row) => row.attendsSchool },
    {
      heading: documents === 'full' ? 'Документ (вид, серия, номер)' : 'Документ (вид)',
      width: documents === 'full' ? 36 : 24,
      value: (row) => documentText(row.document, documents),
    },
    { heading: 'Родители (законные представители)', width: 40, value: (row) => row.parentNames },
    { heading: 'Внесён в реестр', kind: 'datetime', width: 17, value: (row) => row.createdAt },
  ],
});

/** The file's name without its extension: `дети-07`, or `дети-регион` for the whole region. */
export const childrenExportBaseName = (scope: ChildrenExportScope) => `дети-${scope.municipalityCode ?? 'регион'}`;
