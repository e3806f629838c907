import { normalisePersonName, parseEmailAddress, personNameMessage, personNameProblem } from '@pdo/service-kit/domain';
import type { CsvRow } from './csv';
import { childViolations, type ChildFields, type Sex } from './child.rules';
import { LOGIN, LOGIN_RULE } from './pupil-login.rules';

export const MAX_IMPORT_ROWS = 500;

export const importProblemCodes = [
  'CSV_EMPTY',
  'CSV_MALFORMED',
  'CSV_TOO_LARGE',
  'CSV_MISSING_COLUMN',
  'REQUIRED',
  'INVALID_VALUE',
  'INVALID_DATE',
  'INVALID_EMAIL',
  'INVALID_LOGIN',
  'DUPLICATE_CHILD',
  'PARENT_MISMATCH',
  'LOGIN_TAKEN',
  'EMAIL_TAKEN',
  'CHILD_EXISTS',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

/** One thing wrong with the file, on its line (0 for the file as a whole), in the column's own header. */
export interface ImportProblem {
  line: number;
  column: string | null;
  code: ImportProblemCode;
  message: string;
}

type ColumnKey =
  | 'parentLastName'
  | 'parentFirstName'
  | 'parentPatronymic'
  | 'parentEmail'
  | 'parentLogin'
  | 'childLastName'
  | 'childFirstName'
  | 'childPatronymic'
  | 'childBirthDate'
  | 'childSex'
  | 'address'
  | 'attendsSchool';

/** The header each column goes by in the template, and the other spellings operators use. */
export const IMPORT_COLUMNS: Record<ColumnKey, { header: string; aliases: string[]; required: boolean }> = {
  parentLastName: { header: 'Фамилия родителя', aliases: [], required: true },
  parentFirstName: { header: 'Имя родителя', aliases: [], required: true },
  parentPatronymic: { header: 'Отчество родителя', aliases: [], required: false },
  parentEmail: { header: 'E-mail родителя', aliases: ['email родителя', 'электронная почта родителя'], required: false },
  parentLogin: { header: 'Логин родителя', aliases: ['логин'], required: false },
  childLastName: { header: 'Фамилия ребёнка', aliases: [], required: true },
  childFirstName: { header: 'Имя ребёнка', aliases: [], required: true },
  childPatronymic: { header: 'Отчество ребёнка', aliases: [], required: false },
  childBirthDate: { header: 'Дата рождения ребёнка', aliases: ['дата рождения'], required: true },
  childSex: { header: 'Пол ребёнка', aliases: ['пол'], required: true },
  address: { header: 'Адрес', aliases: ['адрес проживания', 'адрес ребёнка'], required: true },
  attendsSchool: {
    header: 'Посещает школу или детский сад',
    aliases: ['посещает школу/сад', 'посещает школу или сад'],
    required: true,
  },
};

const normalizeHeader = (value: string) => value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

export interface ImportedParent {
  /** the login the account gets: the file's, or else the e-mail */
  login: string;
  email: string | null;
  lastName: string;
  firstName: string;
  patronymic: string | null;
}

export interface ImportedFamilyRow {
  line: number;
  parent: ImportedParent;
  child: ChildFields;
}

export type FileCheck = { rows: ImportedFamilyRow[] } | { problems: ImportProblem[] };

/** ДД.ММ.ГГГГ as spreadsheets write it, or ГГГГ-ММ-ДД; null when it is neither or no such day. */
export function importDate(value: string): string | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = dotted ? `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const SEXES: Record<string, Sex> = { м: 'male', муж: 'male', мужской: 'male', ж: 'female', жен: 'female', женский: 'female' };
const FLAGS: Record<string, boolean> = { да: true, нет: false, д: true, н: false };

/**
 * Reads and checks every row of an operator's file: one row is a child with a parent; rows with the same
 * parent login (or e-mail) make one account. Returns the rows only when there is no problem at all.
 */
export function checkFamilyFile(rows: readonly CsvRow[], municipalityCode: string, today: string): FileCheck {
  const [header, ...body] = rows;
  if (!header || body.length === 0)
    return { problems: [{ line: 0, column: null, code: 'CSV_EMPTY', message: 'В файле нет строк с данными.' }] };
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      problems: [
        {
          line: 0,
          column: null,
          code: 'CSV_TOO_LARGE',
          message: `В одном файле не больше ${MAX_IMPORT_ROWS} строк; разделите его на части.`,
        },
      ],
    };
  }
  const positions = new Map(header.cells.map((cell, index) => [normalizeHeader(cell), index]));
  const index = {} as Record<ColumnKey, number | undefined>;
  const missing: ImportProblem[] = [];
  for (const [key, column] of Object.entries(IMPORT_COLUMNS) as [ColumnKey, (typeof IMPORT_COLUMNS)[ColumnKey]][]) {
    const found = [column.header, ...column.aliases]
      .map((name) => positions.get(normalizeHeader(name)))
      .find((i) => i !== undefined);
    index[key] = found;
    if (found === undefined && column.required) {
      missing.push({
        line: header.line,
        column: column.header,
        code: 'CSV_MISSING_COLUMN',
        message: `В первой строке нет столбца «${column.header}».`,
      });
    }
  }
  if (index.parentEmail === undefined && index.parentLogin === undefined) {
    missing.push({
      line: header.line,
      column: IMPORT_COLUMNS.parentEmail.header,
      code: 'CSV_MISSING_COLUMN',
      message: `Нужен столбец «${IMPORT_COLUMNS.parentEmail.header}» или «${IMPORT_COLUMNS.parentLogin.header}».`,
    });
  }
  if (missing.length > 0) return { problems: missing };

  const problems: ImportProblem[] = [];
  const checked: ImportedFamilyRow[] = [];
  const children = new Map<string, number>();
  const parents = new Map<string, { line: number; name: string }>();
  for (const row of body) {
    const rowProblems: ImportProblem[] = [];
    const problem = (key: ColumnKey | null, code: ImportProblemCode, message: string) =>
      rowProblems.push({ line: row.line, column: key ? IMPORT_COLUMNS[key].header : null, code, message });
    const value = (key: ColumnKey) => {
      const at = index[key];
      return at === undefined ? '' : (row.cells[at] ?? '').trim();
    };
    const required = (key: ColumnKey) => {
      const text = value(key);
      if (!text) problem(key, 'REQUIRED', `Не заполнено поле «${IMPORT_COLUMNS[key].header}».`);
      return text;
    };
    const name = (key: ColumnKey, optional = false) => {
      const text = normalisePersonName(optional ? value(key) : required(key));
      const wrong = text ? personNameProblem(text) : null;
      if (wrong) problem(key, 'INVALID_VALUE', personNameMessage(wrong, IMPORT_COLUMNS[key].header));
      return text;
    };

    const parentLastName = name('parentLastName');
    const parentFirstName = name('parentFirstName');
    const parentPatronymic = name('parentPatronymic', true) || null;
    const typedEmail = value('parentEmail');
    const email = typedEmail ? parseEmailAddress(typedEmail) : null;
    if (typedEmail && !email) problem('parentEmail', 'INVALID_EMAIL', `Адрес «${typedEmail}» не похож на e-mail.`);
    const givenLogin = value('parentLogin').toLowerCase();
    if (givenLogin && !LOGIN.test(givenLogin)) {
      problem('parentLogin', 'INVALID_LOGIN', LOGIN_RULE);
    }
    if (!typedEmail && !givenLogin) problem('parentEmail', 'REQUIRED', 'Укажите e-mail или логин родителя.');
    const login = givenLogin || (email ?? '').toLowerCase();

    const rawBirthDate = required('childBirthDate');
    const birthDate = rawBirthDate ? importDate(rawBirthDate) : null;
    if (rawBirthDate && !birthDate) {
      problem('childBirthDate', 'INVALID_DATE', `Дата «${rawBirthDate}» не распознана: пишите ДД.ММ.ГГГГ.`);
    }
    const rawSex = required('childSex');
    const sex = SEXES[rawSex.toLowerCase()];
    if (rawSex && !sex) problem('childSex', 'INVALID_VALUE', 'Пол ребёнка — «м» или «ж».');
    const rawFlag = required('attendsSchool');
    const attendsSchool = FLAGS[rawFlag.toLowerCase()];
    if (rawFlag && attendsSchool === undefined) problem('attendsSchool', 'INVALID_VALUE', 'Пишите «да» или «нет».');

    const child: ChildFields = {
      lastName: name('childLastName'),
      firstName: name('childFirstName'),
      patronymic: name('childPatronymic', true) || null,
      birthDate: birthDate ?? '',
      sex: sex ?? 'male',
      address: required('address'),
      municipalityCode,
      attendsSchool: attendsSchool ?? false,
    };
    if (rowProblems.length === 0) {
      const broken = childViolations(child, today).find((v) => v.field === 'birthDate' || v.field === 'address');
      if (broken) problem(broken.field === 'birthDate' ? 'childBirthDate' : 'address', 'INVALID_VALUE', broken.message);
    }
    if (rowProblems.length === 0) {
      const childKey = childIdentity(child);
      const earlier = children.get(childKey);
      if (earlier) problem(null, 'DUPLICATE_CHILD', `Этот ребёнок уже есть в строке ${earlier}.`);
      else children.set(childKey, row.line);
      const parentName = [parentLastName, parentFirstName, parentPatronymic ?? ''].join(' ').toLowerCase();
      const sameParent = parents.get(login);
      if (sameParent && sameParent.name !== parentName) {
        problem(null, 'PARENT_MISMATCH', `Логин или e-mail уже указан в строке ${sameParent.line} для другого родителя.`);
      } else if (!sameParent) parents.set(login, { line: row.line, name: parentName });
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0) {
      checked.push({
        line: row.line,
        parent: { login, email, lastName: parentLastName, firstName: parentFirstName, patronymic: parentPatronymic },
        child,
      });
    }
  }
  return problems.length > 0 ? { problems } : { rows: checked };
}

/** Two rows, or a row and a record, are the same child when surname, name and birth date agree. */
export const childIdentity = (child: Pick<ChildFields, 'lastName' | 'firstName' | 'birthDate'>): string =>
  [child.lastName, child.firstName, child.birthDate].join('|').toLowerCase().replace(/ё/g, 'е');

export interface ExistingRecords {
  logins: ReadonlySet<string>;
  emails: ReadonlySet<string>;
  children: ReadonlySet<string>;
}

/** What clashes with accounts and children already registered; the e-mail of a new login must be free too. */
export function clashesWithExisting(rows: readonly ImportedFamilyRow[], existing: ExistingRecords): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { line, parent, child } of rows) {
    if (existing.logins.has(parent.login)) {
      problems.push({
        line,
        column: IMPORT_COLUMNS.parentLogin.header,
        code: 'LOGIN_TAKEN',
        message: `Логин «${parent.login}» уже занят.`,
      });
    }
    if (parent.email && existing.emails.has(parent.email.toLowerCase())) {
      problems.push({
        line,
        column: IMPORT_COLUMNS.parentEmail.header,
        code: 'EMAIL_TAKEN',
        message: `E-mail «${parent.email}» уже привязан к другой учётной записи.`,
      });
    }
    if (existing.children.has(childIdentity(child))) {
      problems.push({ line, column: null, code: 'CHILD_EXISTS', message: 'Этот ребёнок уже зарегистрирован в системе.' });
    }
  }
  return problems;
}
