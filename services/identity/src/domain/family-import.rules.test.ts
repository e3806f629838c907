import { parseCsv, type CsvRow } from './csv';
import { checkFamilyFile, clashesWithExisting, importDate, MAX_IMPORT_ROWS, type ImportedFamilyRow } from './family-import.rules';

const HEADER =
  'Фамилия родителя;Имя родителя;Отчество родителя;E-mail родителя;Логин родителя;Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Пол ребёнка;Адрес;Посещает школу или детский сад';
const ROW = 'Сидорова;Елена;Павловна;sidorova@mail.ru;;Сидоров;Максим;Олегович;15.03.2016;м;г. Киселевск, ул. Мира, д. 3;да';
const TODAY = '2026-11-21';

const rowsOf = (text: string): CsvRow[] => {
  const parsed = parseCsv(text);
  if ('error' in parsed) throw new Error('malformed');
  return parsed.rows;
};
const check = (...lines: string[]) => checkFamilyFile(rowsOf([HEADER, ...lines].join('\n')), '07', TODAY);
const codes = (result: ReturnType<typeof check>) =>
  'problems' in result ? result.problems.map((p) => [p.line, p.code, p.column]) : [];

describe('importDate', () => {
  it.each([
    ['15.03.2016', '2016-03-15'],
    ['1.3.2016', '2016-03-01'],
    ['2016-03-15', '2016-03-15'],
  ])('reads %s', (input, expected) => expect(importDate(input)).toBe(expected));

  it.each([['30.02.2016'], ['2016/03/15'], ['15.03.16'], ['завтра']])('refuses %s', (input) =>
    expect(importDate(input)).toBeNull(),
  );
});

describe('checkFamilyFile', () => {
  it('reads a good row into a parent (e-mail as login) and a child of the operator’s municipality', () => {
    expect(check(ROW)).toEqual({
      rows: [
        {
          line: 2,
          parent: {
            login: 'sidorova@mail.ru',
            email: 'sidorova@mail.ru',
            lastName: 'Сидорова',
            firstName: 'Елена',
            patronymic: 'Павловна',
          },
          child: {
            lastName: 'Сидоров',
            firstName: 'Максим',
            patronymic: 'Олегович',
            birthDate: '2016-03-15',
            sex: 'male',
            address: 'г. Киселевск, ул. Мира, д. 3',
            municipalityCode: '07',
            attendsSchool: true,
          },
        },
      ],
    });
  });

  it('finds the columns by header in any order and spelling, and takes a given login', () => {
    const text = [
      'Логин родителя;пол;Дата рождения;Имя ребенка;Фамилия ребенка;Адрес;Посещает школу/сад;Имя родителя;Фамилия родителя',
      'petrova;ж;01.09.2015;Алина;Петрова;г. Киселевск, ул. Мира, д. 5;нет;Анна;Петрова',
    ].join('\n');
    const result = checkFamilyFile(rowsOf(text), '07', TODAY);
    expect(result).toMatchObject({
      rows: [{ parent: { login: 'petrova', email: null }, child: { sex: 'female', attendsSchool: false } }],
    });
  });

  it('reports every broken row on its line with a code and the column', () => {
    const result = check(
      ROW,
      'Smith;Елена;;;;Сидоров;Иван;;31.02.2017;x;г. Киселевск;может быть',
      ';Елена;;не-почта;;Сидоров;Пётр;;01.01.2000;м;г. Киселевск, ул. Мира, д. 3;да',
      ROW,
      'Другая;Мама;;sidorova@mail.ru;;Сидорова;Мария;;01.01.2018;ж;г. Киселевск, ул. Мира, д. 3;да',
      'Сидорова;Елена;Павловна;;Bad Login;Сидоров;Олег;;01.01.2018;м;г. Киселевск, ул. Мира, д. 3;да',
    );
    expect(codes(result)).toEqual([
      [3, 'INVALID_VALUE', 'Фамилия родителя'],
      [3, 'REQUIRED', 'E-mail родителя'],
      [3, 'INVALID_DATE', 'Дата рождения ребёнка'],
      [3, 'INVALID_VALUE', 'Пол ребёнка'],
      [3, 'INVALID_VALUE', 'Посещает школу или детский сад'],
      [4, 'REQUIRED', 'Фамилия родителя'],
      [4, 'INVALID_EMAIL', 'E-mail родителя'],
      [5, 'DUPLICATE_CHILD', null],
      [6, 'PARENT_MISMATCH', null],
      [7, 'INVALID_LOGIN', 'Логин родителя'],
    ]);
    expect(check(';Елена;;x@y.ru;;Сидоров;Пётр;;01.01.2000;м;г. Киселевск, ул. Мира, д. 3;да')).toMatchObject({
      problems: [{ code: 'REQUIRED' }],
    });
    expect(codes(check('Сидорова;Елена;;x@y.ru;;Сидоров;Пётр;;01.01.2000;м;г. Киселевск, ул. Мира, д. 3;да'))).toEqual([
      [2, 'INVALID_VALUE', 'Дата рождения ребёнка'],
    ]);
  });

  it("takes the same e-mails and names as the parent's own forms: .рф in punycode, the typographic apostrophe", () => {
    const result = check(
      'Д’Артаньян;Елена;;Elena@XN--80A1ACNY.XN--P1AI;;Д‘Артаньян;Пётр;;01.01.2018;м;г. Киселевск, ул. Мира, д. 3;да',
    );
    expect(result).toMatchObject({
      rows: [{ parent: { lastName: "Д'Артаньян", email: 'elena@почта.рф' }, child: { lastName: "Д'Артаньян" } }],
    });
  });

  it('refuses an empty file, missing columns and too many rows as a whole', () => {
    expect(codes(checkFamilyFile(rowsOf(HEADER), '07', TODAY))).toEqual([[0, 'CSV_EMPTY', null]]);
    expect(codes(checkFamilyFile(rowsOf('Фамилия родителя;Имя родителя\nА;Б'), '07', TODAY))).toEqual(
      expect.arrayContaining([
        [1, 'CSV_MISSING_COLUMN', 'Фамилия ребёнка'],
        [1, 'CSV_MISSING_COLUMN', 'E-mail родителя'],
      ]),
    );
    expect(codes(check(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ROW)))).toEqual([[0, 'CSV_TOO_LARGE', null]]);
  });
});

describe('clashesWithExisting', () => {
  it('reports logins, e-mails and children already registered', () => {
    const result = check(ROW) as { rows: ImportedFamilyRow[] };
    expect(
      clashesWithExisting(result.rows, {
        logins: new Set(['sidorova@mail.ru']),
        emails: new Set(['sidorova@mail.ru']),
        children: new Set(['сидоров|максим|2016-03-15']),
      }).map((p) => p.code),
    ).toEqual(['LOGIN_TAKEN', 'EMAIL_TAKEN', 'CHILD_EXISTS']);
    expect(clashesWithExisting(result.rows, { logins: new Set(), emails: new Set(), children: new Set() })).toEqual([]);
  });
});
