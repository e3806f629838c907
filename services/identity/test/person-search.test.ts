import type { Role, Viewer } from '@pdo/service-kit';
import { ChildParentEntity } from '../src/entities/child-parent.entity';
import { ChildEntity } from '../src/entities/child.entity';
import { UserEntity } from '../src/entities/user.entity';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const SEARCH_CHILDREN =
  'query ($name: String!, $reason: String) { searchChildren(name: $name, reason: $reason) { id fullName birthDate parentNames } }';
const SEARCH_USERS = 'query ($query: String!) { searchUsers(query: $query) { id displayName login roles childrenNames } }';

interface FoundChild {
  id: string;
  fullName: string;
  birthDate: string;
  parentNames: string[];
}
interface FoundUser {
  id: string;
  displayName: string;
  login: string;
  roles: string[];
  childrenNames: string[];
}
interface AuditRow {
  actor_user_id: string;
  record_type: string;
  record_id: string;
  field: string;
  reason: string | null;
}

describe('operator search of children and families', () => {
  let h: IdentityHarness;
  let operator07: Viewer;
  let operator42: Viewer;
  const ids: Record<string, string> = {};

  async function family(login: string, displayName: string, municipalityCode: string, roles: Role[] = ['parent']) {
    const user = await h.db.dataSource
      .getRepository(UserEntity)
      .save({ login, passwordHash: 'not-a-hash', displayName, roles, municipalityCode, providerId: null });
    ids[login] = user.id;
    return user.id;
  }

  async function child(name: string, birthDate: string, municipalityCode: string, parentIds: string[]) {
    const [lastName, firstName, patronymic = null] = name.split(' ');
    const saved = await h.db.dataSource.getRepository(ChildEntity).save({
      lastName,
      firstName,
      patronymic,
      birthDate,
      sex: 'male' as const,
      address: 'г. Киселевск, ул. Мира, д. 1',
      municipalityCode,
      attendsSchool: true,
      childUserId: null,
    });
    for (const parentId of parentIds)
      await h.db.dataSource.getRepository(ChildParentEntity).insert({ childId: saved.id, parentId });
    ids[name] = saved.id;
  }

  const audit = async (actor: Viewer) =>
    (await h.db.dataSource.query(
      'SELECT actor_user_id, record_type, record_id, field, reason FROM audit_log WHERE actor_user_id = $1 ORDER BY id',
      [actor.userId],
    )) as AuditRow[];
  const names = (found: FoundChild[]) => found.map((c) => c.fullName);

  beforeAll(async () => {
    process.env.GATEWAY_SECRET ??= 'x'.repeat(32);
    h = await startIdentity();
    operator07 = await addUser(h, 'operator07', ['operator'], '07');
    operator42 = await addUser(h, 'operator42', ['operator'], '42');
    const sidorova = await family('sidorova@mail.ru', 'Сидорова Елена Павловна', '07');
    const sidorov = await family('sidorov', 'Сидоров Олег Иванович', '07');
    const ivanova = await family('ivanova_m', 'Иванова Мария', '07');
    const yozhikova = await family('yozhikova', 'Ёжикова Анна', '07');
    const far = await family('far-parent', 'Сидорова Алла', '42');
    await child('Сидоров Максим Олегович', '2016-03-15', '07', [sidorova, sidorov]);
    await child('Сидорова Ксения Олеговна', '2019-10-02', '07', [sidorova]);
    await child('Иванов Пётр', '2014-09-01', '07', [ivanova]);
    await child('Ёжиков Илья', '2015-05-05', '07', [yozhikova]);
    await child('Андреев Антон', '2013-01-01', '07', []);
    await child('Абрамова Ева Андреевна', '2013-02-02', '07', []);
    await child('Сидоренко Глеб', '2012-12-12', '42', [far]);
  });
  afterAll(() => h.db.drop());

  const searchChildren = async (viewer: Viewer, name: string, reason?: string) =>
    (await h.run<{ searchChildren: FoundChild[] }>(viewer, SEARCH_CHILDREN, { name, reason })).searchChildren;

  it('finds children of the own municipality by the start of any name, in any case, with birth date and parents', async () => {
    const found = await searchChildren(operator07, 'сидор');
    expect(found).toEqual([
      {
        id: ids['Сидоров Максим Олегович'],
        fullName: 'Сидоров Максим Олегович',
        birthDate: '2016-03-15',
        parentNames: ['Сидоров Олег Иванович', 'Сидорова Елена Павловна'],
      },
      {
        id: ids['Сидорова Ксения Олеговна'],
        fullName: 'Сидорова Ксения Олеговна',
        birthDate: '2019-10-02',
        parentNames: ['Сидорова Елена Павловна'],
      },
    ]);
    expect(names(await searchChildren(operator07, 'СИДОРОВА КСЕН'))).toEqual(['Сидорова Ксения Олеговна']);
    expect(names(await searchChildren(operator07, 'олегович'))).toEqual(['Сидоров Максим Олегович']);
    // a name that starts with the words comes first
    expect(names(await searchChildren(operator07, 'Ан'))).toEqual(['Андреев Антон', 'Абрамова Ева Андреевна']);
  });

  it('treats «ё» as «е», and forgives a typo when the exact words find nobody', async () => {
    expect(names(await searchChildren(operator07, 'ежиков'))).toEqual(['Ёжиков Илья']);
    expect(names(await searchChildren(operator07, 'Ёжик'))).toEqual(['Ёжиков Илья']);
    expect(names(await searchChildren(operator07, 'Иванав Петр'))).toEqual(['Иванов Пётр']);
    expect(names(await searchChildren(operator07, 'Сидорв Максим'))).toEqual(['Сидоров Максим Олегович']);
    expect(names(await searchChildren(operator07, 'Олегов'))).toEqual(['Сидоров Максим Олегович', 'Сидорова Ксения Олеговна']);
    expect(names(await searchChildren(operator07, 'Олеговч'))).toEqual(['Сидоров Максим Олегович', 'Сидорова Ксения Олеговна']);
    expect(await searchChildren(operator07, 'Смирнов')).toEqual([]);
  });

  it('shows another municipality nothing, and writes its operator no audit rows', async () => {
    expect(names(await searchChildren(operator42, 'Сидорова Ксения'))).toEqual([]);
    expect(names(await searchChildren(operator42, 'Иванов'))).toEqual([]);
    expect(names(await searchChildren(operator42, 'Сидоренко'))).toEqual(['Сидоренко Глеб']);
    expect(names(await searchChildren(operator07, 'Глеб'))).toEqual([]);
    const rows = await audit(operator42);
    expect(rows.map((row) => row.record_id)).toEqual([ids['Сидоренко Глеб']]);
  });

  it('writes every child shown to the audit log, which the regional admin reads', async () => {
    const before = (await audit(operator07)).length;
    const found = await searchChildren(operator07, 'Сидоров', 'Обращение родителя по телефону');
    const rows = (await audit(operator07)).slice(before);
    expect(rows).toEqual(
      found.map((c) => ({
        actor_user_id: operator07.userId,
        record_type: 'child',
        record_id: c.id,
        field: 'search',
        reason: 'Обращение родителя по телефону',
      })),
    );
    const admin = await addUser(h, 'admin', ['regional_admin']);
    const { auditLog } = await h.run<{ auditLog: { actorUserId: string; recordType: string; field: string }[] }>(
      admin,
      'query ($id: ID) { auditLog(recordId: $id) { actorUserId recordType field } }',
      { id: ids['Сидорова Ксения Олеговна'] },
    );
    expect(auditLog[0]).toEqual({ actorUserId: operator07.userId, recordType: 'child', field: 'search' });
  });

  it('refuses parents, operators without a municipality and unusable queries, writing nothing', async () => {
    const parent = { userId: ids.sidorov, roles: ['parent'] as Role[], municipalityCode: '07' };
    const lost = await addUser(h, 'operator-nowhere', ['operator']);
    const before = await h.count('audit_log');
    expect((await h.errorOf(parent, SEARCH_CHILDREN, { name: 'Сидоров' })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(parent, SEARCH_USERS, { query: 'Сидоров' })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(lost, SEARCH_CHILDREN, { name: 'Сидоров' })).code).toBe('FORBIDDEN');
    for (const name of ['', 'С', '%%', 'я'.repeat(101)]) {
      const error = await h.errorOf(operator07, SEARCH_CHILDREN, { name });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/[А-я]/);
    }
    expect(await h.count('audit_log')).toBe(before);
  });

  it('finds families of the own municipality by name, login or e-mail to reset a password, audited', async () => {
    const search = async (viewer: Viewer, query: string) =>
      (await h.run<{ searchUsers: FoundUser[] }>(viewer, SEARCH_USERS, { query })).searchUsers;
    const before = (await audit(operator07)).length;
    expect(await search(operator07, 'Сидорова')).toEqual([
      {
        id: ids['sidorova@mail.ru'],
        displayName: 'Сидорова Елена Павловна',
        login: 'sidorova@mail.ru',
        roles: ['parent'],
        childrenNames: ['Сидоров Максим', 'Сидорова Ксения'],
      },
    ]);
    expect((await search(operator07, 'ivanova_m')).map((u) => u.login)).toEqual(['ivanova_m']);
    expect((await search(operator07, 'SIDOROVA@MAIL')).map((u) => u.login)).toEqual(['sidorova@mail.ru']);
    expect((await search(operator07, 'Ежикова')).map((u) => u.login)).toEqual(['yozhikova']);
    expect((await search(operator07, 'Иванва Мария')).map((u) => u.login)).toEqual(['ivanova_m']);
    // staff accounts are never offered, nor families of another municipality
    expect(await search(operator07, 'operator')).toEqual([]);
    expect(await search(operator07, 'Алла')).toEqual([]);
    expect((await search(operator42, 'Сидорова')).map((u) => u.login)).toEqual(['far-parent']);
    const rows = (await audit(operator07)).slice(before);
    expect(rows.map((row) => [row.record_type, row.field])).toEqual(Array(5).fill(['user', 'search']));
    expect(new Set(rows.map((row) => row.record_id))).toEqual(new Set([ids['sidorova@mail.ru'], ids.ivanova_m, ids.yozhikova]));
  });
});
