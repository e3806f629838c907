import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import type { EntitySubscriberInterface } from 'typeorm';
import { navigatorService } from '../src/navigator.service';
import { searchStatement, typoTolerance } from '../src/search/search.sql';

const PROVIDER_A = '00000000-0000-4000-8000-0000000000a1';
const PROVIDER_B = '00000000-0000-4000-8000-0000000000a2';
const providerSystem: Partial<Viewer> = {
  userId: '00000000-0000-4000-8000-000000000101',
  roles: ['provider_staff'],
  providerId: PROVIDER_A,
  viaApiKey: true,
};
const otherProvider: Partial<Viewer> = {
  userId: '00000000-0000-4000-8000-000000000102',
  roles: ['provider_staff'],
  providerId: PROVIDER_B,
};
const operator07: Partial<Viewer> = {
  userId: '00000000-0000-4000-8000-000000000201',
  roles: ['operator'],
  municipalityCode: '07',
};
const operator01: Partial<Viewer> = {
  userId: '00000000-0000-4000-8000-000000000202',
  roles: ['operator'],
  municipalityCode: '01',
};
const admin: Partial<Viewer> = { userId: '00000000-0000-4000-8000-000000000301', roles: ['regional_admin'] };
const guest: Partial<Viewer> = {};

let db: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase(navigatorService);
  schema = await buildSubgraph(navigatorService.subgraph);
});
afterAll(() => db.drop());

const run = <T = Record<string, unknown>>(viewer: Partial<Viewer>, query: string, variables: Record<string, unknown> = {}) =>
  executeAs<T>(schema, db.dataSource, viewer, query, variables);

const providerInput = (patch: Record<string, unknown> = {}) => ({
  name: 'МБУ ДО «Дом детского творчества» г. Киселевска',
  type: 'municipal',
  inn: '4211004636',
  ogrn: '1024200895124',
  licenceNumber: 'Л035-01216-42/00212345',
  municipalityCode: '07',
  addresses: ['г. Киселевск, ул. Ленина, 30'],
  phone: '+7 38464 2-11-34',
  email: 'ddt@example.ru',
  ...patch,
});

const REGISTER = `mutation($input: ProviderInput!) { registerProvider(input: $input) { id status inn type } }`;
const APPLY = `mutation($input: ProviderInput!) { applyAsProvider(input: $input) { id status } }`;

const programInput = (patch: Record<string, unknown> = {}) => ({
  title: 'Робототехника для начинающих',
  description: 'Собираем и программируем роботов на конструкторах LEGO, готовимся к соревнованиям.',
  direction: 'technical',
  registry: 'certified',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Ленина, 30',
  format: 'in_person',
  minAge: 7,
  maxAge: 14,
  durationMonths: 9,
  hours: 144,
  monthlyPriceKopecks: 150000,
  ...patch,
});
const groupInput = (patch: Record<string, unknown> = {}) => ({
  teacher: 'Кузнецов Андрей Петрович',
  daysOfWeek: [4, 2],
  startTime: '15:00',
  endTime: '16:30',
  seats: 12,
  startDate: '2099-09-01',
  endDate: '2100-05-31',
  ...patch,
});

const CREATE = `mutation($input: ProgramInput!, $key: String) { createProgram(input: $input, idempotencyKey: $key) { id status title } }`;
const ADD_GROUP = `mutation($programId: ID!, $input: GroupInput!, $key: String) {
  addGroup(programId: $programId, input: $input, idempotencyKey: $key) { id daysOfWeek seats seatsLeft startTime } }`;
const SUBMIT = `mutation($id: ID!) { submitProgram(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveProgram(id: $id) { id status } }`;
const RETURN = `mutation($id: ID!, $remarks: String!) { returnProgram(id: $id, remarks: $remarks) { id status } }`;
const SEARCH = `query($filter: ProgramSearchFilter, $first: Int, $after: String, $sort: String) {
  searchPrograms(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { id title monthlyPriceKopecks } }
    pageInfo { hasNextPage endCursor }
    facets { directions { value label count } municipalities { value label count } }
  } }`;

interface SearchResult {
  searchPrograms: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; title: string; monthlyPriceKopecks: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      directions: { value: string; label: string; count: number }[];
      municipalities: { value: string; label: string; count: number }[];
    };
  };
}

async function search(filter: Record<string, unknown>, first = 20, after?: string, sort?: string) {
  const result = await run<SearchResult>(guest, SEARCH, { filter, first, after, sort });
  expect(result.errors).toBeUndefined();
  return result.data!.searchPrograms;
}
const titles = (page: SearchResult['searchPrograms']) => page.edges.map((e) => e.node.title);

async function createProgram(viewer: Partial<Viewer>, patch: Record<string, unknown> = {}, key?: string): Promise<string> {
  const result = await run<{ createProgram: { id: string; status: string } }>(viewer, CREATE, {
    input: programInput(patch),
    key,
  });
  expect(result.errors).toBeUndefined();
  expect(result.data!.createProgram.status).toBe('draft');
  return result.data!.createProgram.id;
}

/** Created, given a group, submitted and approved by the operator of its municipality. */
async function publish(patch: Record<string, unknown>, group: Record<string, unknown> = {}): Promise<string> {
  const id = await createProgram(providerSystem, patch);
  expect((await run(providerSystem, ADD_GROUP, { programId: id, input: groupInput(group) })).errors).toBeUndefined();
  expect((await run(providerSystem, SUBMIT, { id })).errors).toBeUndefined();
  const approved = await run(patch.municipalityCode === '07' || !patch.municipalityCode ? operator07 : admin, APPROVE, { id });
  expect(approved.errors).toBeUndefined();
  return id;
}

describe('providers', () => {
  it('an operator registers a provider of their municipality as approved; another municipality’s operator may not', async () => {
    const foreign = await run(operator01, REGISTER, { input: providerInput() });
    expect(foreign.errors?.[0]?.code).toBe('FORBIDDEN');
    const registered = await run<{ registerProvider: { id: string; status: string; type: string } }>(operator07, REGISTER, {
      input: providerInput(),
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerProvider).toMatchObject({ status: 'approved', type: 'municipal' });
    await db.dataSource.query('UPDATE providers SET id = $1 WHERE id = $2', [PROVIDER_A, registered.data!.registerProvider.id]);
  });

  it('refuses a bad ИНН or ОГРН checksum with its code and a Russian message, writing nothing', async () => {
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM providers');
    const badInn = await run(guest, APPLY, { input: providerInput({ inn: '4211004637', ogrn: '1024200893331' }) });
    expect(badInn.errors?.[0]).toMatchObject({ code: 'INVALID_INN', message: expect.stringContaining('ИНН организации') });
    const badOgrn = await run(guest, APPLY, { input: providerInput({ inn: '4215004637', ogrn: '1024200893332' }) });
    expect(badOgrn.errors?.[0]).toMatchObject({ code: 'INVALID_OGRN', message: expect.stringContaining('ОГРН') });
    const entrepreneurWithOrganizationNumbers = await run(guest, APPLY, {
      input: providerInput({ type: 'entrepreneur', inn: '4215004637', ogrn: '1024200893331' }),
    });
    expect(entrepreneurWithOrganizationNumbers.errors?.[0]?.code).toBe('INVALID_INN');
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM providers')).toEqual(before);
  });

  it('a provider applies publicly, stays pending (hidden, cannot publish) until the operator approves it', async () => {
    const applied = await run<{ applyAsProvider: { id: string; status: string } }>(guest, APPLY, {
      input: providerInput({
        name: 'ИП Соколова Марина Викторовна',
        type: 'entrepreneur',
        inn: '500100732259',
        ogrn: '304500116000157',
        licenceNumber: null,
      }),
    });
    expect(applied.errors).toBeUndefined();
    const { id, status } = applied.data!.applyAsProvider;
    expect(status).toBe('pending');
    await db.dataSource.query('UPDATE providers SET id = $1 WHERE id = $2', [PROVIDER_B, id]);

    expect((await run(guest, `query($id: ID!) { provider(id: $id) { id } }`, { id: PROVIDER_B })).data).toEqual({
      provider: null,
    });
    const queue = await run<{ providerApplications: { id: string }[] }>(operator07, '{ providerApplications { id } }');
    expect(queue.data!.providerApplications.map((p) => p.id)).toEqual([PROVIDER_B]);
    const early = await run(otherProvider, CREATE, { input: programInput() });
    expect(early.errors?.[0]?.code).toBe('PROVIDER_NOT_APPROVED');

    expect(
      (await run(operator01, `mutation($id: ID!) { approveProvider(id: $id) { status } }`, { id: PROVIDER_B })).errors?.[0]?.code,
    ).toBe('FORBIDDEN');
    const approved = await run(operator07, `mutation($id: ID!) { approveProvider(id: $id) { status } }`, { id: PROVIDER_B });
    expect(approved.data).toEqual({ approveProvider: { status: 'approved' } });
  });

  it('refuses a second registration with the same ИНН', async () => {
    const again = await run(guest, APPLY, { input: providerInput() });
    expect(again.errors?.[0]?.code).toBe('PROVIDER_ALREADY_REGISTERED');
  });
});

describe('programs', () => {
  let programId: string;

  it('a provider system creates a program with two groups and submits it; the operator approves it', async () => {
    programId = await createProgram(providerSystem);
    const first = await run<{ addGroup: { daysOfWeek: number[]; seatsLeft: number; startTime: string } }>(
      providerSystem,
      ADD_GROUP,
      { programId, input: groupInput() },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.addGroup).toMatchObject({ daysOfWeek: [2, 4], seatsLeft: 12, startTime: '15:00' });
    expect(
      (
        await run(providerSystem, ADD_GROUP, {
          programId,
          input: groupInput({ daysOfWeek: [6], startTime: '10:00', endTime: '12:00', seats: 10 }),
        })
      ).errors,
    ).toBeUndefined();

    expect((await run(providerSystem, SUBMIT, { id: programId })).data).toEqual({
      submitProgram: { id: programId, status: 'on_review' },
    });
    const queue = await run<{ reviewQueue: { id: string }[] }>(operator07, '{ reviewQueue { id } }');
    expect(queue.data!.reviewQueue.map((p) => p.id)).toEqual([programId]);
    expect((await run<{ reviewQueue: unknown[] }>(operator01, '{ reviewQueue { id } }')).data!.reviewQueue).toEqual([]);
    expect((await run(operator01, APPROVE, { id: programId })).errors?.[0]?.code).toBe('FORBIDDEN');
    // a role outside @Authorized is refused the same way
    expect((await run(providerSystem, APPROVE, { id: programId })).errors?.[0]?.code).toBe('FORBIDDEN');

    expect((await run(operator07, APPROVE, { id: programId })).data).toEqual({
      approveProgram: { id: programId, status: 'published' },
    });
  });

  it('shows the program page with its groups and seats left to anyone', async () => {
    const page = await run<{
      program: {
        directionLabel: string;
        provider: { name: string };
        groups: { seats: number; seatsLeft: number; daysOfWeek: number[] }[];
      };
    }>(guest, `query($id: ID!) { program(id: $id) { directionLabel provider { name } groups { seats seatsLeft daysOfWeek } } }`, {
      id: programId,
    });
    expect(page.errors).toBeUndefined();
    expect(page.data!.program).toEqual({
      directionLabel: 'техническая',
      provider: { name: 'МБУ ДО «Дом детского творчества» г. Киселевска' },
      // same start date: the earlier lesson first
      groups: [
        { seats: 10, seatsLeft: 10, daysOfWeek: [6] },
        { seats: 12, seatsLeft: 12, daysOfWeek: [2, 4] },
      ],
    });
  });

  it('keeps the review history: return with remarks, resubmit, approve — visible to the provider and staff only', async () => {
    const id = await createProgram(providerSystem, {
      title: 'Шахматная школа',
      direction: 'sports',
      description: 'Дебюты, эндшпиль, турниры.',
    });
    await run(providerSystem, ADD_GROUP, { programId: id, input: groupInput() });
    await run(providerSystem, SUBMIT, { id });
    expect((await run(operator07, RETURN, { id, remarks: '   ' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await run(operator07, RETURN, { id, remarks: 'Уточните описание и объём часов.' })).data).toEqual({
      returnProgram: { id, status: 'returned' },
    });
    const edited = await run(
      providerSystem,
      `mutation($id: ID!) { updateProgram(id: $id, changes: { hours: 72, description: "Дебюты, миттельшпиль, эндшпиль, турниры." }) { hours status } }`,
      { id },
    );
    expect(edited.data).toEqual({ updateProgram: { hours: 72, status: 'returned' } });
    await run(providerSystem, SUBMIT, { id });
    await run(admin, APPROVE, { id });

    const HISTORY = `query($id: ID!) { program(id: $id) { status reviewHistory { decision remarks reviewerId reviewedAt } } }`;
    const history = await run<{
      program: { status: string; reviewHistory: { decision: string; remarks: string | null; reviewerId: string }[] };
    }>(providerSystem, HISTORY, { id });
    expect(history.errors).toBeUndefined();
    expect(history.data!.program.status).toBe('published');
    expect(history.data!.program.reviewHistory).toEqual([
      expect.objectContaining({
        decision: 'returned',
        remarks: 'Уточните описание и объём часов.',
        reviewerId: operator07.userId,
      }),
      expect.objectContaining({ decision: 'approved', remarks: null, reviewerId: admin.userId }),
    ]);
    expect((await run(guest, HISTORY, { id })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await run(operator07, HISTORY, { id })).errors).toBeUndefined();
  });

  it('lets only draft or returned programs be edited, and only by their own provider', async () => {
    const UPDATE = `mutation($id: ID!) { updateProgram(id: $id, changes: { title: "Чужая" }) { id } }`;
    expect((await run(otherProvider, UPDATE, { id: programId })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await run(providerSystem, UPDATE, { id: programId })).errors?.[0]?.code).toBe('INVALID_PROGRAM_STATUS');
    expect((await run(otherProvider, ADD_GROUP, { programId, input: groupInput() })).errors?.[0]?.code).toBe('FORBIDDEN');
    const [{ title }] = await db.dataSource.query('SELECT title FROM programs WHERE id = $1', [programId]);
    expect(title).toBe('Робототехника для начинающих');
  });

  it('will not submit a program without groups', async () => {
    const id = await createProgram(providerSystem, { title: 'Без групп' });
    expect((await run(providerSystem, SUBMIT, { id })).errors?.[0]?.code).toBe('PROGRAM_HAS_NO_GROUPS');
  });

  it('creates once per idempotency key, for programs and for groups', async () => {
    const first = await createProgram(providerSystem, { title: 'Юный эколог', direction: 'science' }, 'crm-42');
    const again = await createProgram(providerSystem, { title: 'Юный эколог', direction: 'science' }, 'crm-42');
    expect(again).toBe(first);
    const otherKey = await createProgram(otherProvider, { title: 'Юный эколог', direction: 'science' }, 'crm-42');
    expect(otherKey).not.toBe(first);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM programs WHERE title = 'Юный эколог'`)).toEqual([{ n: 2 }]);

    const groupA = await run<{ addGroup: { id: string } }>(providerSystem, ADD_GROUP, {
      programId: first,
      input: groupInput(),
      key: 'g-1',
    });
    const groupB = await run<{ addGroup: { id: string } }>(providerSystem, ADD_GROUP, {
      programId: first,
      input: groupInput(),
      key: 'g-1',
    });
    expect(groupB.data!.addGroup.id).toBe(groupA.data!.addGroup.id);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM program_groups WHERE program_id = $1', [first])).toEqual([
      { n: 1 },
    ]);
  });

  it('refuses bad input with codes and fields, writing nothing', async () => {
    const before = await db.dataSource.query(
      'SELECT (SELECT count(*) FROM programs) AS p, (SELECT count(*) FROM program_groups) AS g',
    );
    const negativePrice = await run(providerSystem, CREATE, { input: programInput({ monthlyPriceKopecks: -100 }) });
    expect(negativePrice.errors?.[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Стоимость не может быть отрицательной.',
    });
    const ages = await run(providerSystem, CREATE, { input: programInput({ minAge: 18, maxAge: 5 }) });
    expect(ages.errors?.[0]?.code).toBe('BAD_AGE_RANGE');
    expect((await run(providerSystem, CREATE, { input: programInput({ direction: 'кулинарная' }) })).errors?.[0]?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await run(providerSystem, CREATE, { input: programInput({ durationMonths: 37 }) })).errors?.[0]?.code).toBe(
      'BAD_USER_INPUT',
    );
    const seats = await run(providerSystem, ADD_GROUP, { programId, input: groupInput({ seats: -3 }) });
    expect(seats.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: 'В группе должно быть хотя бы одно место.' });
    const dates = await run(providerSystem, ADD_GROUP, { programId, input: groupInput({ endDate: '2099-08-01' }) });
    expect(dates.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    const day = await run(providerSystem, ADD_GROUP, { programId, input: groupInput({ daysOfWeek: [8] }) });
    expect(day.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect(
      await db.dataSource.query('SELECT (SELECT count(*) FROM programs) AS p, (SELECT count(*) FROM program_groups) AS g'),
    ).toEqual(before);
  });

  it('never lets a group shrink below its taken seats', async () => {
    const [{ id }] = await db.dataSource.query('SELECT id FROM program_groups WHERE program_id = $1 AND seats = 12', [programId]);
    await db.dataSource.query('UPDATE program_groups SET seats_taken = 5 WHERE id = $1', [id]);
    const UPDATE = `mutation($id: ID!, $seats: Int) { updateGroup(id: $id, changes: { seats: $seats }) { seats seatsLeft } }`;
    expect((await run(providerSystem, UPDATE, { id, seats: 4 })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await run(providerSystem, UPDATE, { id, seats: 20 })).data).toEqual({ updateGroup: { seats: 20, seatsLeft: 15 } });
    await db.dataSource.query('UPDATE program_groups SET seats_taken = 0, seats = 12 WHERE id = $1', [id]);
  });
});

describe('catalogue search', () => {
  beforeAll(async () => {
    // Киселевск (07) and Кемерово (01), several directions, ages, prices and days.
    await publish(
      {
        title: 'Изостудия «Радуга»',
        direction: 'arts',
        description: 'Рисунок, живопись, декоративно-прикладное творчество.',
        minAge: 5,
        maxAge: 12,
        monthlyPriceKopecks: 90000,
        registry: 'significant',
      },
      { daysOfWeek: [1, 3] },
    );
    await publish(
      {
        title: 'Футбол',
        direction: 'sports',
        description: 'Тренировки по футболу на стадионе.',
        minAge: 8,
        maxAge: 16,
        monthlyPriceKopecks: 0,
      },
      { daysOfWeek: [5] },
    );
    await publish(
      {
        title: 'Робототехника: соревновательная',
        description: 'Сборка роботов для олимпиад.',
        municipalityCode: '01',
        address: 'г. Кемерово, пр. Ленина, 5',
        minAge: 12,
        maxAge: 17,
        monthlyPriceKopecks: 250000,
      },
      { daysOfWeek: [3] },
    );
    const archived = await publish({ title: 'Робототехника (архив)', description: 'Старая программа' });
    await run(providerSystem, `mutation($id: ID!) { archiveProgram(id: $id) { status } }`, { id: archived });
    await createProgram(providerSystem, { title: 'Робототехника: черновик' });
  });

  it('finds by a Russian word form and by a typo, only published programs, most relevant first', async () => {
    const exact = await search({ text: 'робототехника' });
    expect(titles(exact).sort()).toEqual(['Робототехника для начинающих', 'Робототехника: соревновательная']);
    const typo = await search({ text: 'роботехника' });
    expect(titles(typo)).toContain('Робототехника для начинающих');
    expect(titles(typo)).not.toContain('Робототехника (архив)');
    expect(titles(typo)).not.toContain('Робототехника: черновик');
    // One wrong letter in a short word: half its trigrams are gone, and it is still found.
    expect(titles(await search({ text: 'футбал' }))).toEqual(['Футбол']);
    expect(titles(await search({ text: 'шахмоты' }))).toContain('Шахматная школа');
    const stemmed = await search({ text: 'творчеству' });
    expect(titles(stemmed)).toEqual(['Изостудия «Радуга»']);
    expect((await search({ text: 'фехтование' })).totalCount).toBe(0);
  });

  it('filters by age, direction, municipality, price, day, free seats and certificate', async () => {
    expect(titles(await search({ childAge: 6 }))).toEqual(['Изостудия «Радуга»']);
    expect(titles(await search({ direction: 'sports' })).sort()).toEqual(['Футбол', 'Шахматная школа']);
    expect(titles(await search({ municipalityCode: '01' }))).toEqual(['Робототехника: соревновательная']);
    expect(titles(await search({ maxPriceKopecks: 90000 }))).toEqual(['Изостудия «Радуга»', 'Футбол']);
    expect(titles(await search({ dayOfWeek: 5 }))).toEqual(['Футбол']);
    expect(titles(await search({ payableByCertificate: true, childAge: 13, municipalityCode: '07' }))).toEqual([
      'Робототехника для начинающих',
      'Футбол',
      'Шахматная школа',
    ]);
    await db.dataSource.query(
      `UPDATE program_groups g SET seats_taken = seats FROM programs p WHERE p.id = g.program_id AND p.title = 'Футбол'`,
    );
    expect(titles(await search({ freeSeatsOnly: true, direction: 'sports' }))).toEqual(['Шахматная школа']);
    await db.dataSource.query(
      `UPDATE program_groups g SET seats_taken = 0 FROM programs p WHERE p.id = g.program_id AND p.title = 'Футбол'`,
    );
  });

  it('counts facets, each ignoring its own filter', async () => {
    const page = await search({ text: 'робототехника', municipalityCode: '07' });
    expect(page.totalCount).toBe(1);
    expect(page.facets.municipalities).toEqual([
      { value: '01', label: 'г. Кемерово', count: 1 },
      { value: '07', label: 'г. Киселевск', count: 1 },
    ]);
    expect(page.facets.directions).toEqual([{ value: 'technical', label: 'техническая', count: 1 }]);
    const all = await search({});
    expect(all.totalCount).toBe(5);
    expect(all.facets.directions).toEqual([
      { value: 'sports', label: 'физкультурно-спортивная', count: 2 },
      { value: 'technical', label: 'техническая', count: 2 },
      { value: 'arts', label: 'художественная', count: 1 },
    ]);
  });

  it('pages by cursor in title order', async () => {
    const first = await search({}, 2);
    expect(titles(first)).toEqual(['Изостудия «Радуга»', 'Робототехника для начинающих']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({}, 2, first.pageInfo.endCursor!);
    expect(titles(second)).toEqual(['Робототехника: соревновательная', 'Футбол']);
    const last = await search({}, 2, second.pageInfo.endCursor!);
    expect(titles(last)).toEqual(['Шахматная школа']);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect((await run(guest, SEARCH, { filter: {}, after: 'garbage' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await run(guest, SEARCH, { filter: {}, first: 1000 })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect((await run(guest, SEARCH, { filter: {}, sort: 'popularity' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
  });

  /** Every page of a search, one `first` at a time, until the last. */
  async function walk(filter: Record<string, unknown>, sort: string, first: number) {
    const seen: SearchResult['searchPrograms']['edges'] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search(filter, first, after, sort);
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) return seen.map((e) => e.node);
      after = page.pageInfo.endCursor!;
    }
  }

  it('pages by keyset in every order, ties included, the same as one long page', async () => {
    // Ties: the same title twice, and the same price as another program, so the id must break them.
    for (const title of ['Шахматы', 'Шахматы']) await publish({ title, direction: 'sports', monthlyPriceKopecks: 90000 });
    for (const [filter, sort] of [
      [{}, 'title'],
      [{}, 'price'],
      [{ text: 'робототехника шахматы' }, 'relevance'],
      [{ text: 'шахматы' }, 'relevance'],
      [{ text: 'роботехника' }, 'price'],
      [{ direction: 'sports' }, 'price'],
    ] as const) {
      const whole = (await search(filter, 100, undefined, sort)).edges.map((e) => e.node);
      expect(whole.length).toBeGreaterThan(1);
      for (const first of [1, 2]) expect(await walk(filter, sort, first)).toEqual(whole);
    }
    const byPrice = (await search({}, 100, undefined, 'price')).edges.map((e) => e.node.monthlyPriceKopecks);
    expect(byPrice).toEqual([...byPrice].sort((a, b) => a - b));
    const chess = await search({ text: 'шахматы' }, 100, undefined, 'title');
    expect(titles(chess)).toEqual(['Шахматная школа', 'Шахматы', 'Шахматы']);
    // Sorting by relevance without text is by title.
    expect(titles(await search({}, 100, undefined, 'relevance'))).toEqual(titles(await search({}, 100, undefined, 'title')));
  });

  it('keeps its place when programs are published meanwhile, and refuses a cursor of another order', async () => {
    const first = await search({}, 3, undefined, 'title');
    await publish({ title: 'Авиамоделирование', description: 'Модели самолётов' });
    const next = await search({}, 3, first.pageInfo.endCursor!, 'title');
    expect(titles(next)[0]! > titles(first).at(-1)!).toBe(true);
    expect(titles(next)).not.toContain('Авиамоделирование');
    const wrong = await run(guest, SEARCH, { filter: {}, after: first.pageInfo.endCursor, sort: 'price' });
    expect(wrong.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Неверный курсор страницы.' });
  });
});

describe('a search typed in the wrong layout or in Latin letters', () => {
  it.each([
    ['if[vfns', 'шахматы', 'Шахматная школа'],
    ['IF[VFNS', 'шахматы', 'Шахматная школа'],
    ['hj,jnjnt[ybrf', 'робототехника', 'Робототехника: соревновательная'],
    ['aen,jk', 'футбол', 'Футбол'],
    ['robototehnika', 'робототехника', 'Робототехника: соревновательная'],
    ['robototekhnika', 'робототехника', 'Робототехника: соревновательная'],
    ['shakhmaty', 'шахматы', 'Шахматная школа'],
    ['shahmaty', 'шахматы', 'Шахматная школа'],
    ['futbol', 'футбол', 'Футбол'],
    ["zhivopis'", 'живопись', 'Изостудия «Радуга»'],
    ['дупщ', 'lego', 'Робототехника для начинающих'],
  ])('«%s» finds what «%s» finds', async (typed, meant, title) => {
    const page = await search({ text: typed });
    const right = await search({ text: meant });
    expect(titles(page)).toContain(title);
    expect(titles(page)).toEqual(titles(right));
    expect(page.totalCount).toBe(right.totalCount);
  });

  it('keeps the other filters on the reread query', async () => {
    expect(titles(await search({ text: 'robototehnika', municipalityCode: '01' }))).toEqual(['Робототехника: соревновательная']);
    expect(titles(await search({ text: 'if[vfns', municipalityCode: '01' }))).not.toContain('Шахматная школа');
  });

  it('pages through the reread query as through the one typed right', async () => {
    const first = await search({ text: 'robototehnika' }, 1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ text: 'robototehnika' }, 1, first.pageInfo.endCursor!);
    const right = await search({ text: 'робототехника' }, 2);
    expect([...titles(first), ...titles(second)]).toEqual(titles(right));
  });

  it('nonsense in either script still finds nothing', async () => {
    expect((await search({ text: 'fehtovanie' })).totalCount).toBe(0);
    expect((await search({ text: 'qqqzzz' })).totalCount).toBe(0);
    expect((await search({ text: 'йййяяя' })).totalCount).toBe(0);
  });
});

describe('catalogue synonyms', () => {
  const found = async (text: string, filter: Record<string, unknown> = {}) => titles(await search({ text, ...filter }));
  const studio = 'Изостудия «Радуга»';

  it('«рисование» finds the art studio that teaches «рисунок, живопись», which the word alone does not', async () => {
    const { text, values } = searchStatement({ text: 'рисование' }, 'relevance', null, 100);
    const [alone] = await db.dataSource.transaction(async (manager) => {
      await manager.query(typoTolerance.text);
      return manager.query(text, values);
    });
    expect(alone.page.map((row: { title: string }) => row.title)).not.toContain(studio);
    expect(await found('рисование')).toContain(studio);
    expect(await found('рисованию')).toContain(studio);
    expect(await found('ИЗО')).toContain(studio);
    expect(await found('изобразительное искусство')).toContain(studio);
    expect(await found('кружок рисования')).not.toContain(studio);
  });

  it('«мини-футбол» finds football, and synonyms keep the other filters', async () => {
    expect(await found('мини-футбол')).toContain('Футбол');
    expect(await found('рисование', { municipalityCode: '01' })).not.toContain(studio);
    expect(await found('рисование', { direction: 'arts' })).toEqual([studio]);
  });

  it('a synonym of a Latin-typed query is found too, and unrelated words find nothing', async () => {
    expect(await found('risovanie')).toContain(studio);
    expect(await found('hbcjdfybt')).toContain(studio);
    expect(await found('хореография')).toEqual([]);
    expect(await found('шашки')).toEqual([]);
  });
});

describe('a catalogue page names the provider of each program', () => {
  it('reads them together, each program with its own provider', async () => {
    const [{ name: nameB }] = await db.dataSource.query('SELECT name FROM providers WHERE id = $1', [PROVIDER_B]);
    const [{ name: nameA }] = await db.dataSource.query('SELECT name FROM providers WHERE id = $1', [PROVIDER_A]);
    await db.dataSource.query(
      `INSERT INTO programs (provider_id, title, description, direction, registry, municipality_code, address, format, min_age, max_age,
                             duration_months, hours, monthly_price_kopecks, status)
       VALUES ($1, 'Гончарная мастерская', 'Лепка и роспись глины', 'arts', 'certified', '07', 'г. Киселевск', 'in_person', 7, 14, 9, 72, 80000, 'published')`,
      [PROVIDER_B],
    );
    const result = await run<{
      searchPrograms: { edges: { node: { title: string; provider: { id: string; name: string } } }[] };
    }>(guest, `{ searchPrograms(first: 100) { edges { node { title provider { id name } } } } }`);
    expect(result.errors).toBeUndefined();
    const providers = new Map(result.data!.searchPrograms.edges.map((e) => [e.node.title, e.node.provider]));
    expect(providers.get('Гончарная мастерская')).toEqual({ id: PROVIDER_B, name: nameB });
    expect(providers.get('Футбол')).toEqual({ id: PROVIDER_A, name: nameA });
    expect(result.data!.searchPrograms.edges.every((e) => e.node.provider !== null)).toBe(true);

    // the same search again is answered from memory, the providers it names included: no statement at all
    const statements: string[] = [];
    const counter: EntitySubscriberInterface = { afterQuery: ({ query }) => void statements.push(query) };
    db.dataSource.subscribers.push(counter);
    try {
      const again = await run(guest, `{ searchPrograms(first: 100) { edges { node { title provider { id name } } } } }`);
      expect(again.data).toEqual(result.data);
    } finally {
      db.dataSource.subscribers.splice(db.dataSource.subscribers.indexOf(counter), 1);
    }
    expect(statements.filter((query) => !query.includes('catalogue_version'))).toEqual([]);
  });
});

describe('a search result', () => {
  it('is the same program the program page shows, field for field', async () => {
    const fields = `id providerId title description direction directionLabel registry municipalityCode address format minAge maxAge
      durationMonths hours monthlyPriceKopecks needsMedicalCertificate suitsDisabilities status`;
    type Node = Record<string, unknown> & { id: string };
    const found = await run<{ searchPrograms: { edges: { node: Node }[] } }>(
      guest,
      `{ searchPrograms(first: 100) { edges { node { ${fields} } } } }`,
    );
    expect(found.errors).toBeUndefined();
    const nodes = found.data!.searchPrograms.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    for (const node of nodes) {
      const page = await run<{ program: Node }>(guest, `query($id: ID!) { program(id: $id) { ${fields} } }`, { id: node.id });
      expect(node).toEqual(page.data!.program);
    }
  });
});

describe('the catalogue this process has just changed', () => {
  // The version is read at most once a second; a change this process makes is seen by its very next search.
  it('shows an approval in the next search, though the same search was answered a moment before', async () => {
    const title = 'Гончарная мастерская «Свежая глина»';
    const id = await createProgram(providerSystem, { title });
    expect((await run(providerSystem, ADD_GROUP, { programId: id, input: groupInput() })).errors).toBeUndefined();
    expect((await run(providerSystem, SUBMIT, { id })).errors).toBeUndefined();
    expect(titles(await search({ text: 'гончарная' }))).not.toContain(title);
    // approving saves the program (TypeORM's save), the write the process must notice
    expect((await run(operator07, APPROVE, { id })).errors).toBeUndefined();
    expect(titles(await search({ text: 'гончарная' }))).toContain(title);
  });
});

describe('catalogue_facets', () => {
  const recount = `SELECT municipality_code, direction, registry, count(*)::int AS programs FROM programs
                   WHERE status = 'published' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const kept = `SELECT municipality_code, direction, registry, programs FROM catalogue_facets
                WHERE programs > 0 ORDER BY 1, 2, 3`;

  it('counts what a recount over published programs counts, through publishing, moving and archiving', async () => {
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
    const id = await publish({ title: 'Счётная студия', direction: 'science', registry: 'significant' });
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
    await db.dataSource.query(`UPDATE programs SET municipality_code = '01', direction = 'social' WHERE id = $1`, [id]);
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
    expect(
      (await run(providerSystem, `mutation($id: ID!) { archiveProgram(id: $id) { status } }`, { id })).errors,
    ).toBeUndefined();
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
    // A published program deleted outright (no operation does so; a migration or an operator's script might).
    await db.dataSource.query(`UPDATE programs SET status = 'published' WHERE id = $1`, [id]);
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
    await db.dataSource.query('DELETE FROM program_groups WHERE program_id = $1', [id]);
    await db.dataSource.query('DELETE FROM program_reviews WHERE program_id = $1', [id]);
    await db.dataSource.query('DELETE FROM programs WHERE id = $1', [id]);
    expect(await db.dataSource.query(kept)).toEqual(await db.dataSource.query(recount));
  });

  it('and the catalogue version moves with every change to programs and groups; seats taken alone move the seats version', async () => {
    const versions = async () => {
      const [row]: { version: string; seats_version: string }[] = await db.dataSource.query(
        'SELECT version, seats_version FROM catalogue_version',
      );
      return { catalogue: Number(row.version), seats: Number(row.seats_version) };
    };
    const before = await versions();
    const id = await publish({ title: 'Версионная студия' });
    const published = await versions();
    expect(published.catalogue).toBeGreaterThan(before.catalogue);
    await db.dataSource.query('UPDATE program_groups SET seats_taken = seats_taken + 1 WHERE program_id = $1', [id]);
    const seatTaken = await versions();
    expect(seatTaken).toEqual({ catalogue: published.catalogue, seats: published.seats + 1 });
    // a seat freed and the teacher changed in one transaction: a change every search may see, counted once
    await db.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE program_groups SET seats_taken = seats_taken - 1 WHERE program_id = $1', [id]);
      await manager.query(`UPDATE program_groups SET teacher = teacher || '.' WHERE program_id = $1`, [id]);
      await manager.query(`UPDATE program_groups SET teacher = teacher || '.' WHERE program_id = $1`, [id]);
    });
    expect((await versions()).catalogue).toBe(seatTaken.catalogue + 1);
    // a group's seats themselves (not those taken) are what every search for free seats and the page read
    const widened = await versions();
    await db.dataSource.query('UPDATE program_groups SET seats = seats + 1 WHERE program_id = $1', [id]);
    expect((await versions()).catalogue).toBe(widened.catalogue + 1);
  });

  it('answers a search for free seats anew when a seat is taken, and other searches as before', async () => {
    const id = await publish({ title: 'Студия последнего места' });
    const found = async (freeSeatsOnly: boolean) =>
      titles(await search({ text: 'Студия последнего места', ...(freeSeatsOnly ? { freeSeatsOnly } : {}) }));
    expect(await found(true)).toEqual(['Студия последнего места']);
    expect(await found(false)).toEqual(['Студия последнего места']);
    await db.dataSource.query('UPDATE program_groups SET seats_taken = seats WHERE program_id = $1', [id]);
    expect(await found(true)).toEqual([]);
    expect(await found(false)).toEqual(['Студия последнего места']);
    await db.dataSource.query('UPDATE program_groups SET seats_taken = 0 WHERE program_id = $1', [id]);
    expect(await found(true)).toEqual(['Студия последнего места']);
  });
});

describe('demo seed', () => {
  it('runs twice on the migrated schema and publishes searchable programs', async () => {
    const seeded = await createTestDatabase(navigatorService);
    try {
      const runtime = { dataSource: seeded.dataSource } as Parameters<NonNullable<typeof navigatorService.seed>>[0];
      await navigatorService.seed!(runtime);
      await navigatorService.seed!(runtime);
      const result = await executeAs<SearchResult>(schema, seeded.dataSource, guest, SEARCH, { filter: { text: 'роботехника' } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.searchPrograms.edges.map((e) => e.node.title)).toEqual(['Робототехника для начинающих']);
    } finally {
      await seeded.drop();
    }
  });
});
