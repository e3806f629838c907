import type { Viewer } from '@pdo/service-kit';
import ExcelJS from 'exceljs';
import { ChildParentEntity } from '../src/entities/child-parent.entity';
import { ChildEntity } from '../src/entities/child.entity';
import { IdentityDocumentEntity } from '../src/entities/identity-document.entity';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const EXPORT =
  'mutation ($format: String!, $reason: String!, $municipalityCode: String) { exportChildren(format: $format, reason: $reason, municipalityCode: $municipalityCode) { fileName contentType contentBase64 rowCount } }';
const AUDIT_LOG =
  'query { auditLog(limit: 500) { actorUserId recordType field reason exportFormat rowCount municipalityCode readAt } }';

interface ExportFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
  rowCount: number;
}

interface JournalRow {
  actor_user_id: string;
  record_type: string;
  field: string;
  reason: string | null;
  export_format: string | null;
  row_count: number | null;
  municipality_code: string | null;
}

/** Bulk children of Киселевск, more than two export pages, with equal names so the keyset meets ties. */
const BULK = 2345;

describe('export of the register of children', () => {
  let h: IdentityHarness;
  let operator07: Viewer;
  let operator01: Viewer;
  let admin: Viewer;
  let parent: Viewer;

  const journal = async () =>
    (await h.db.dataSource.query(
      `SELECT actor_user_id, record_type, field, reason, export_format, row_count, municipality_code
         FROM audit_log WHERE record_type = 'export' ORDER BY id`,
    )) as JournalRow[];

  const exportAs = async (viewer: Partial<Viewer>, variables: Record<string, unknown>) =>
    (await h.run<{ exportChildren: ExportFile }>(viewer, EXPORT, variables)).exportChildren;

  async function sheetOf(file: ExportFile): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    return workbook.getWorksheet('Дети')!;
  }

  const rowTexts = (sheet: ExcelJS.Worksheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))),
    );
    return rows;
  };

  async function child(
    name: string,
    birthDate: string,
    municipalityCode: string,
    parentIds: string[],
    document?: { kind: 'birth_certificate' | 'passport'; series: string; number: string },
  ) {
    const [lastName, firstName, patronymic = null] = name.split(' ');
    const saved = await h.db.dataSource.getRepository(ChildEntity).save({
      lastName,
      firstName,
      patronymic,
      birthDate,
      sex: 'female' as const,
      address: 'ул. Мира, д. 1',
      municipalityCode,
      attendsSchool: true,
      childUserId: null,
    });
    for (const parentId of parentIds)
      await h.db.dataSource.getRepository(ChildParentEntity).insert({ childId: saved.id, parentId });
    if (document) {
      await h.db.dataSource.getRepository(IdentityDocumentEntity).insert({
        childId: saved.id,
        ...document,
        issuedOn: '2016-01-10',
        issuer: 'Отдел ЗАГС',
        divisionCode: document.kind === 'passport' ? '420-007' : null,
        createdBy: parentIds[0]!,
      });
    }
  }

  beforeAll(async () => {
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    operator07 = await addUser(h, 'operator07', ['operator'], '07');
    operator01 = await addUser(h, 'operator01', ['operator'], '01');
    admin = await addUser(h, 'admin', ['regional_admin']);
    parent = await addUser(h, 'parent07', ['parent'], '07');
    await h.db.dataSource.query(`UPDATE users SET display_name = 'Смирнова Анна Викторовна' WHERE id = $1`, [parent.userId]);
    await child('Смирнова Мария Игоревна', '2015-04-03', '07', [parent.userId!], {
      kind: 'birth_certificate',
      series: 'III-ЛО',
      number: '512345',
    });
    await child('Кемеровская Ольга', '2014-02-02', '01', [parent.userId!], {
      kind: 'passport',
      series: '3214',
      number: '654321',
    });
    // ties on surname and name, half without a patronymic
    await h.db.dataSource.query(
      `INSERT INTO children (last_name, first_name, patronymic, birth_date, sex, address, municipality_code, attends_school)
       SELECT 'Тестова', 'Дарья', CASE WHEN i % 2 = 0 THEN NULL ELSE 'Петровна' END, date '2016-01-01' + (i % 300),
              'female', 'ул. Весенняя, д. ' || i, '07', false
         FROM generate_series(1, ${BULK}) AS i`,
    );
  });
  afterAll(() => h.db.drop());

  it('gives the МОЦ operator an XLSX of his own municipality: Russian headings, every child once, documents in full', async () => {
    const file = await exportAs(operator07, { format: 'xlsx', reason: '  Отчёт в управление образования  ' });
    expect(file.fileName).toBe('дети-07.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rowCount).toBe(BULK + 1);
    const rows = rowTexts(await sheetOf(file));
    expect(rows[0]).toEqual([
      'Фамилия',
      'Имя',
      'Отчество',
      'Дата рождения',
      'Пол',
      'Муниципалитет',
      'Адрес',
      'Посещает школу или детский сад',
      'Документ (вид, серия, номер)',
      'Родители (законные представители)',
      'Внесён в реестр',
    ]);
    expect(rows).toHaveLength(BULK + 2);
    const smirnova = rows.find((row) => row[0] === 'Смирнова')!;
    expect(smirnova.slice(0, 10)).toEqual([
      'Смирнова',
      'Мария',
      'Игоревна',
      '2015-04-03T00:00:00.000Z',
      'женский',
      'г. Киселевск',
      'ул. Мира, д. 1',
      'true',
      'свидетельство о рождении III-ЛО 512345',
      'Смирнова Анна Викторовна',
    ]);
    // no child of another municipality, and each bulk child exactly once across the pages
    expect(rows.slice(1).every((row) => row[5] === 'г. Киселевск')).toBe(true);
    expect(rows.some((row) => row[0] === 'Кемеровская')).toBe(false);
    expect(new Set(rows.slice(1).map((row) => row[6])).size).toBe(BULK + 1);
  });

  it('gives a CSV for Excel with the same rows', async () => {
    const file = await exportAs(operator07, { format: 'csv', reason: 'Сверка со школами', municipalityCode: '07' });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe(
      '\ufeffФамилия;Имя;Отчество;Дата рождения;Пол;Муниципалитет;Адрес;Посещает школу или детский сад;"Документ (вид, серия, номер)";Родители (законные представители);Внесён в реестр',
    );
    expect(lines).toHaveLength(BULK + 2);
    expect(lines.find((line) => line.startsWith('Смирнова;'))).toMatch(
      /^Смирнова;Мария;Игоревна;03\.04\.2015;женский;г\. Киселевск;"ул\. Мира, д\. 1";да;свидетельство о рождении III-ЛО 512345;Смирнова Анна Викторовна;\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    expect(text).not.toContain('Кемеровская');
  });

  it('gives the regional admin the whole region, documents by kind only', async () => {
    const file = await exportAs(admin, { format: 'xlsx', reason: 'Годовой отчёт РМЦ' });
    expect(file.fileName).toBe('дети-регион.xlsx');
    const rows = rowTexts(await sheetOf(file));
    expect(rows[0]![8]).toBe('Документ (вид)');
    expect(rows.find((row) => row[0] === 'Кемеровская')!.slice(5, 10)).toEqual([
      'г. Кемерово',
      'ул. Мира, д. 1',
      'true',
      'паспорт',
      'Смирнова Анна Викторовна',
    ]);
    expect(rows.find((row) => row[0] === 'Смирнова')![8]).toBe('свидетельство о рождении');
    expect(JSON.stringify(rows)).not.toMatch(/512345|654321/);
    expect(file.rowCount).toBe(BULK + 2);
    const one = await exportAs(admin, { format: 'csv', reason: 'Запрос Кемерово', municipalityCode: '01' });
    expect(one.rowCount).toBe(1);
  });

  it('writes exactly one journal entry per export: who, why, which export, how many rows; the admin reads it', async () => {
    const entries = await journal();
    expect(entries).toEqual([
      {
        actor_user_id: operator07.userId,
        record_type: 'export',
        field: 'children',
        reason: 'Отчёт в управление образования',
        export_format: 'xlsx',
        row_count: BULK + 1,
        municipality_code: '07',
      },
      {
        actor_user_id: operator07.userId,
        record_type: 'export',
        field: 'children',
        reason: 'Сверка со школами',
        export_format: 'csv',
        row_count: BULK + 1,
        municipality_code: '07',
      },
      {
        actor_user_id: admin.userId,
        record_type: 'export',
        field: 'children',
        reason: 'Годовой отчёт РМЦ',
        export_format: 'xlsx',
        row_count: BULK + 2,
        municipality_code: null,
      },
      {
        actor_user_id: admin.userId,
        record_type: 'export',
        field: 'children',
        reason: 'Запрос Кемерово',
        export_format: 'csv',
        row_count: 1,
        municipality_code: '01',
      },
    ]);
    // one entry per export, not one per row or per page
    expect(await h.count('audit_log')).toBe(4);
    const { auditLog } = await h.run<{ auditLog: Record<string, unknown>[] }>(admin, AUDIT_LOG);
    expect(auditLog[0]).toMatchObject({
      actorUserId: admin.userId,
      recordType: 'export',
      field: 'children',
      reason: 'Запрос Кемерово',
      exportFormat: 'csv',
      rowCount: 1,
      municipalityCode: '01',
    });
  });

  it('refuses other municipalities, families, providers, finance and API keys with FORBIDDEN, journaling nothing', async () => {
    const before = await h.count('audit_log');
    const refusals: [Viewer, Record<string, string>][] = [
      [operator01, { municipalityCode: '07' }],
      [operator07, { municipalityCode: '01' }],
      [parent, {}],
      [{ ...parent, roles: ['child'] }, {}],
      [{ ...operator07, roles: ['provider_staff'], providerId: '00000000-0000-4000-8000-000000000001' }, {}],
      [{ ...operator07, roles: ['finance_officer'] }, {}],
      [{ ...operator07, viaApiKey: true }, {}],
    ];
    for (const [viewer, extra] of refusals) {
      const error = await h.errorOf(viewer, EXPORT, { format: 'xlsx', reason: 'Проверка', ...extra });
      expect([viewer.roles, error.code]).toEqual([viewer.roles, 'FORBIDDEN']);
      expect(error.message).toMatch(/[а-я]/);
    }
    expect((await h.errorOf({}, EXPORT, { format: 'xlsx', reason: 'Проверка' })).code).toBe('UNAUTHENTICATED');
    expect(await h.count('audit_log')).toBe(before);
  });

  it('answers a blank or missing reason, a bad format or municipality with a clear code, journaling nothing', async () => {
    const before = await h.count('audit_log');
    const blank = await h.errorOf(operator07, EXPORT, { format: 'xlsx', reason: '   ' });
    expect(blank).toMatchObject({ code: 'ACCESS_REASON_REQUIRED' });
    expect(blank.message).toBe('Укажите причину выгрузки: она записывается в журнал доступа к персональным данным.');
    expect(await h.errorOf(operator07, EXPORT, { format: 'xlsx', reason: 'я'.repeat(501) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Причина слишком длинная (не более 500 символов).',
    });
    expect(await h.errorOf(operator07, EXPORT, { format: 'pdf', reason: 'Проверка' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Формат выгрузки: xlsx или csv.',
    });
    expect(await h.errorOf(admin, EXPORT, { format: 'csv', reason: 'Проверка', municipalityCode: '99' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Нет такого муниципалитета Кузбасса.',
    });
    // the schema requires the argument (the gateway answers GRAPHQL_VALIDATION_FAILED in Russian, see bad-input)
    const missing = await h.errorOf(operator07, 'mutation { exportChildren(format: "xlsx") { rowCount } }');
    expect(missing.message).toContain('"reason" of type "String!" is required');
    expect(await h.count('audit_log')).toBe(before);
  });
});
