import { generateKeyPairSync } from 'node:crypto';
import type { Viewer } from '@pdo/service-kit';
import { graphql, isEnumType, isObjectType } from 'graphql';
import pino from 'pino';
import { executeAs } from '@pdo/service-kit/testing';
import { pdfText } from '@pdo/pdf/testing';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const IMPORT =
  'mutation ($csv: String!) { importFamilies(csv: $csv) { childrenCount accounts { userId login temporaryPassword displayName children } } }';
const SIGN_IN =
  'mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { mustChangePassword viewer { id municipalityCode } } }';
const HEADER =
  'Фамилия родителя;Имя родителя;Отчество родителя;E-mail родителя;Логин родителя;Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Пол ребёнка;Адрес;Посещает школу или детский сад';
const file = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
const SIDOROVA =
  'Сидорова;Елена;Павловна;Sidorova@Mail.ru;;Сидоров;Максим;Олегович;15.03.2016;м;"г. Киселевск, ул. Мира, д. 3";да';
const SIDOROVA_2 =
  'Сидорова;Елена;Павловна;Sidorova@Mail.ru;;Сидорова;Ксения;Олеговна;02.10.2019;ж;"г. Киселевск, ул. Мира, д. 3";нет';
const PETROVA = 'Петрова;Анна;;;petrova;Петров;Илья;;01.09.2014;м;г. Киселевск, ул. Ленина, д. 9;да';

interface Problem {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

describe('CSV import of parents and children by an operator', () => {
  let h: IdentityHarness;
  let operator: Viewer;

  const tables = async () => [
    await h.count('users'),
    await h.count('children'),
    await h.count('child_parents'),
    await h.count('outbox'),
  ];
  const problemsOf = async (viewer: Viewer, csv: string) => {
    const result = await executeAs(h.schema, h.db.dataSource, viewer, IMPORT, { csv });
    return { code: result.errors?.[0].code, message: result.errors?.[0].message };
  };

  beforeAll(async () => {
    process.env.JWT_PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    operator = await addUser(h, 'operator07', ['operator'], '07');
  });
  afterAll(() => h.db.drop());

  it('creates one account per parent with its children, one-time passwords that must be changed, and events', async () => {
    const before = await tables();
    const { importFamilies } = await h.run<{
      importFamilies: {
        childrenCount: number;
        accounts: { userId: string; login: string; temporaryPassword: string; displayName: string; children: string[] }[];
      };
    }>(operator, IMPORT, { csv: file(SIDOROVA, PETROVA, SIDOROVA_2) });
    expect(importFamilies.childrenCount).toBe(3);
    expect(importFamilies.accounts.map(({ login, displayName, children }) => ({ login, displayName, children }))).toEqual([
      { login: 'sidorova@mail.ru', displayName: 'Сидорова Елена Павловна', children: ['Сидоров Максим', 'Сидорова Ксения'] },
      { login: 'petrova', displayName: 'Петрова Анна', children: ['Петров Илья'] },
    ]);
    expect(await tables()).toEqual([before[0] + 2, before[1] + 3, before[2] + 3, before[3] + 5]);

    const sidorova = importFamilies.accounts[0];
    const signedIn = await h.run<{ signIn: { mustChangePassword: boolean; viewer: { id: string; municipalityCode: string } } }>(
      {},
      SIGN_IN,
      { login: sidorova.login, password: sidorova.temporaryPassword },
    );
    expect(signedIn.signIn).toEqual({ mustChangePassword: true, viewer: { id: sidorova.userId, municipalityCode: '07' } });
    const { myChildren } = await h.run<{ myChildren: { firstName: string; birthDate: string; municipalityCode: string }[] }>(
      { userId: sidorova.userId, roles: ['parent'], municipalityCode: '07' },
      '{ myChildren { firstName birthDate municipalityCode } }',
    );
    expect(myChildren.map((c) => c.firstName).sort()).toEqual(['Ксения', 'Максим']);
    expect(myChildren.every((c) => c.municipalityCode === '07')).toBe(true);
    const [stored] = (await h.db.dataSource.query(`SELECT email, password_hash FROM users WHERE id = $1`, [sidorova.userId])) as {
      email: string;
      password_hash: string;
    }[];
    // kept in the one canonical form every service uses (service-kit's parseEmailAddress)
    expect(stored.email).toBe('sidorova@mail.ru');
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('returns a printable credentials sheet with every login and one-time password, which leave identity in no event', async () => {
    process.env.PUBLIC_WEB_URL = 'https://pdo.kuzbass.example';
    const ivanova = 'Иванова;Ольга;;;ivanova;Иванов;Пётр;;11.11.2015;м;г. Киселевск, ул. Мира, д. 5;да';
    const kuznetsova = 'Кузнецова;Мария;Ивановна;;kuznetsova;Кузнецов;Артём;;05.05.2013;м;г. Киселевск, ул. Мира, д. 7;да';
    const { importFamilies } = await h.run<{
      importFamilies: {
        accounts: { login: string; temporaryPassword: string }[];
        credentialsSheet: { fileName: string; contentType: string; base64: string };
      };
    }>(
      operator,
      'mutation ($csv: String!) { importFamilies(csv: $csv) { accounts { login temporaryPassword } credentialsSheet { fileName contentType base64 } } }',
      { csv: file(ivanova, kuznetsova) },
    );
    const { credentialsSheet, accounts } = importFamilies;
    expect(credentialsSheet.contentType).toBe('application/pdf');
    expect(credentialsSheet.fileName).toMatch(/^Данные для входа \d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(Buffer.from(credentialsSheet.base64, 'base64'));
    expect(text.match(/Данные для входа в систему ПДО/g)).toHaveLength(2);
    for (const { login, temporaryPassword } of accounts) {
      expect(text).toContain(`Логин: ${login}`);
      expect(text).toContain(`Временный пароль: ${temporaryPassword}`);
    }
    expect(text).toContain('ФИО: Кузнецова Мария Ивановна');
    expect(text).toContain('Ребёнок: Кузнецов Артём');
    expect(text).toContain('Адрес сайта: https://pdo.kuzbass.example');
    expect(text).toContain('При первом входе система попросит сменить пароль');

    const outbox = JSON.stringify(await h.db.dataSource.query('SELECT * FROM outbox'));
    for (const { temporaryPassword } of accounts) expect(outbox).not.toContain(temporaryPassword);
  });

  it('refuses a file with broken rows line by line, and writes nothing', async () => {
    const before = await tables();
    const broken = file(
      'Иванова;Ольга;;ivanova@mail.ru;;Иванов;Глеб;;15.13.2016;м;г. Киселевск, ул. Мира, д. 1;да',
      'Иванова;Ольга;;ivanova@mail.ru;;Иванов;Лев;;01.01.2016;м;г. Киселевск, ул. Мира, д. 1;да',
      'Иванова;Ольга;;ivanova@mail.ru;;Иванов;Лев;;01.01.2016;м;г. Киселевск, ул. Мира, д. 1;да',
      'Ivanova;Ольга;;;;Иванов;Марк;;01.01.2016;м;г. Киселевск, ул. Мира, д. 1;да',
    );
    const { code, message } = await problemsOf(operator, broken);
    expect(code).toBe('IMPORT_REJECTED');
    expect(message).toBe('Файл не загружен: найдено ошибок — 4. Исправьте их и загрузите файл снова.');
    expect(await rawProblems(broken)).toEqual([
      expect.objectContaining({ line: 2, code: 'INVALID_DATE', column: 'Дата рождения ребёнка' }),
      expect.objectContaining({ line: 4, code: 'DUPLICATE_CHILD', message: 'Этот ребёнок уже есть в строке 3.' }),
      expect.objectContaining({ line: 5, code: 'INVALID_VALUE', column: 'Фамилия родителя' }),
      expect.objectContaining({ line: 5, code: 'REQUIRED', column: 'E-mail родителя' }),
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses rows that clash with accounts and children already registered, and writes nothing', async () => {
    const before = await tables();
    const clash = file(
      'Сидорова;Елена;Павловна;sidorova@mail.ru;sidorova2;Сидоров;Максим;Олегович;15.03.2016;м;г. Киселевск, ул. Мира, д. 3;да',
      'Петрова;Анна;;;petrova;Петрова;Вера;;01.09.2017;ж;г. Киселевск, ул. Ленина, д. 9;да',
      'Новикова;Ирина;;novikova@mail.ru;;Новиков;Денис;;01.09.2017;м;г. Киселевск, ул. Ленина, д. 1;да',
    );
    expect(await rawProblems(clash)).toEqual([
      expect.objectContaining({ line: 2, code: 'EMAIL_TAKEN' }),
      expect.objectContaining({ line: 2, code: 'CHILD_EXISTS' }),
      expect.objectContaining({ line: 3, code: 'LOGIN_TAKEN' }),
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses a malformed file, an empty one, and callers who are not operators of a municipality', async () => {
    expect(await rawProblems(file('"Незакрытая;кавычка'))).toEqual([expect.objectContaining({ code: 'CSV_MALFORMED', line: 2 })]);
    expect(await rawProblems(HEADER)).toEqual([expect.objectContaining({ code: 'CSV_EMPTY' })]);
    expect((await problemsOf(operator, '')).code).toBe('BAD_USER_INPUT');
    const admin = await addUser(h, 'admin', ['regional_admin']);
    const parent = await addUser(h, 'some-parent', ['parent'], '07');
    for (const viewer of [admin, parent]) expect((await problemsOf(viewer, file(PETROVA))).code).toBe('FORBIDDEN');
  });

  /** The problems as the web receives them: GraphQL error extensions. */
  async function rawProblems(csv: string): Promise<Problem[]> {
    const result = await graphql({
      schema: h.schema,
      source: IMPORT,
      variableValues: { csv },
      contextValue: {
        viewer: { ...operator },
        dataSource: h.db.dataSource,
        logger: pino({ level: 'silent' }),
      },
    });
    expect(result.errors?.[0].extensions.code).toBe('IMPORT_REJECTED');
    const problems = result.errors![0].extensions.problems as Problem[];
    // Each problem is what the schema's ImportProblem says it is: the web's type is generated from that.
    const published = h.schema.getType('ImportProblem');
    const codes = h.schema.getType('ImportProblemCode');
    if (!isObjectType(published) || !isEnumType(codes)) throw new Error('ImportProblem is not in the schema');
    const codeNames = codes.getValues().map((value) => value.name);
    for (const problem of problems) {
      expect(Object.keys(problem).sort()).toEqual(Object.keys(published.getFields()).sort());
      expect(codeNames).toContain(problem.code);
    }
    return problems;
  }
});
