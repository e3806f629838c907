// The public catalogue under load: 34 municipalities, 1 500 providers, 15 000 programs and 30 000 groups
// with Russian titles and descriptions, and a fixed mix of searches (typos, word forms, filters, facets,
// second pages, three orders) at 32 clients through (a) the gateway, (b) the navigator subgraph directly,
// (c) the same SQL straight on PostgreSQL, and (c0) the statement as it was before catalogue_facets, as the
// baseline of (c). Then (z) the campaign morning's browsing: 5 000 distinct searches asked with Zipf frequencies
// by visitors through the gateway (by GET, as the web client sends them) and on the subgraph, while seats are
// taken and programs published five times a second. `--explain` adds each search's median time on both
// statements and the plans of the costliest.
import { kuzbassMunicipalities } from '@pdo/service-kit';
import type pg from 'pg';
import type { SearchPosition, SearchSort } from '../../services/navigator/src/search/search-cursor.ts';
import {
  effectiveSort,
  positionOf,
  searchStatement,
  typoTolerance,
  type SearchFilter,
  type SearchRow,
  type SqlStatement,
} from '../../services/navigator/src/search/search.sql.ts';
import { baselineSearchStatement } from './catalog-search.baseline.ts';
import { seededRandom, zipfPicker, zipfSearches, type ZipfSearch } from './catalog-search.zipf.ts';
import {
  graphql,
  graphqlGet,
  load,
  median,
  type Benchmark,
  type BenchContext,
  type BenchRow,
  type LoadResult,
} from './harness.ts';

const CONCURRENCY = 32;
const PROVIDERS = 1500;
const PROGRAMS_PER_PROVIDER = 10;
const GROUPS_PER_PROGRAM = 2;
const PAGE = 20;
const ZIPF_SEARCHES = 5000;
/** Catalogue writes a second during the Zipf rounds. */
const WRITES_PER_SECOND = 5;

/** Subjects by direction, each with what its description says; titles combine them with a qualifier. */
const subjects: [string, string, string][] = [
  ['Робототехника', 'technical', 'Собираем и программируем роботов на конструкторах, готовимся к соревнованиям.'],
  ['Программирование на Python', 'technical', 'Пишем первые программы, игры и чат-ботов, учимся думать алгоритмами.'],
  ['3D-моделирование и печать', 'technical', 'Создаём трёхмерные модели и печатаем их на 3D-принтере.'],
  ['Авиамоделирование', 'technical', 'Строим летающие модели самолётов и планеров, запускаем их на соревнованиях.'],
  ['Судомоделирование', 'technical', 'Конструируем модели кораблей и катеров, испытываем их на воде.'],
  ['Радиоэлектроника', 'technical', 'Паяем схемы, собираем приборы и изучаем основы электротехники.'],
  ['Лего-конструирование', 'technical', 'Конструируем из деталей LEGO механизмы и машины, развиваем инженерное мышление.'],
  ['Беспилотные летательные аппараты', 'technical', 'Собираем и пилотируем квадрокоптеры, изучаем аэрофотосъёмку.'],
  ['Юный эколог', 'science', 'Исследуем природу родного края, ведём наблюдения и экологические проекты.'],
  ['Занимательная химия', 'science', 'Ставим безопасные опыты и узнаём, из чего состоят вещества вокруг нас.'],
  ['Экспериментальная физика', 'science', 'Проводим эксперименты и объясняем явления природы законами физики.'],
  ['Астрономия', 'science', 'Наблюдаем звёздное небо в телескоп и изучаем Солнечную систему.'],
  ['Биология в лаборатории', 'science', 'Работаем с микроскопом, изучаем клетки, растения и животных.'],
  ['Математика для любознательных', 'science', 'Решаем олимпиадные задачи, головоломки и занимательные задания.'],
  ['Юный геолог', 'science', 'Изучаем минералы и горные породы Кузбасса, собираем коллекцию камней.'],
  ['Футбол', 'sports', 'Тренировки по футболу: техника, тактика, игровая практика и турниры.'],
  ['Волейбол', 'sports', 'Осваиваем подачу, приём и нападающий удар, играем в команде.'],
  ['Баскетбол', 'sports', 'Ведение мяча, броски и командная игра, участие в городских соревнованиях.'],
  ['Шахматы', 'sports', 'Учимся играть в шахматы: дебюты, тактика, эндшпиль и турнирная практика.'],
  ['Плавание', 'sports', 'Учимся плавать разными стилями и укрепляем здоровье в бассейне.'],
  ['Лыжные гонки', 'sports', 'Осваиваем классический и коньковый ход, готовимся к лыжным гонкам.'],
  ['Дзюдо', 'sports', 'Изучаем броски и удержания, развиваем силу, ловкость и дисциплину.'],
  ['Самбо', 'sports', 'Самооборона без оружия: техника бросков, страховка, соревнования.'],
  ['Настольный теннис', 'sports', 'Осваиваем подачи и удары, тренируем реакцию и играем турниры.'],
  ['Спортивная гимнастика', 'sports', 'Развиваем гибкость, силу и координацию, выступаем на соревнованиях.'],
  ['Хоккей', 'sports', 'Катание на коньках, владение клюшкой и командная игра в хоккей.'],
  ['Изостудия', 'arts', 'Рисунок, живопись и композиция: пишем акварелью, гуашью и маслом.'],
  ['Хореография', 'arts', 'Классический, народный и современный танец, выступления на концертах.'],
  ['Вокальная студия', 'arts', 'Ставим голос, поём эстрадные и народные песни соло и в ансамбле.'],
  ['Театральная студия', 'arts', 'Актёрское мастерство, сценическая речь и постановка спектаклей.'],
  ['Гитара', 'arts', 'Учимся играть на гитаре аккордами и перебором, разучиваем любимые песни.'],
  ['Фортепиано', 'arts', 'Нотная грамота и игра на фортепиано, пьесы классиков и современных авторов.'],
  ['Декоративно-прикладное творчество', 'arts', 'Вышивка, бисероплетение, роспись и поделки из природных материалов.'],
  ['Керамика', 'arts', 'Лепим из глины, работаем на гончарном круге, расписываем изделия.'],
  ['Фотостудия', 'arts', 'Осваиваем фотоаппарат, композицию, свет и обработку снимков.'],
  ['Мультипликация', 'arts', 'Придумываем истории и снимаем пластилиновые и рисованные мультфильмы.'],
  ['Спортивный туризм', 'tourism', 'Походы выходного дня, ориентирование, вязка узлов и туристский быт.'],
  ['Юный краевед', 'tourism', 'Изучаем историю и природу Кузбасса, путешествуем по родному краю.'],
  ['Школьный музей', 'tourism', 'Собираем экспонаты, проводим экскурсии и исследуем историю школы.'],
  ['Скалолазание', 'tourism', 'Лазаем на скалодроме, учимся страховке и технике передвижения.'],
  ['Спортивное ориентирование', 'tourism', 'Бегаем с картой и компасом, участвуем в соревнованиях по ориентированию.'],
  ['История Кузбасса', 'tourism', 'Узнаём о шахтёрской истории края, героях и памятных местах.'],
  ['Школа вожатых', 'social', 'Учимся организовывать игры, праздники и работать с младшими ребятами.'],
  ['Юный журналист', 'social', 'Пишем заметки и репортажи, снимаем видеосюжеты для школьной газеты.'],
  ['Английский язык', 'social', 'Говорим по-английски: разговорная практика, игры, песни и проекты.'],
  ['Финансовая грамотность', 'social', 'Учимся планировать бюджет, копить и разумно тратить деньги.'],
  ['Волонтёрский отряд', 'social', 'Помогаем людям и животным, участвуем в добровольческих акциях.'],
  ['Психология общения', 'social', 'Учимся понимать себя и других, договариваться и работать в команде.'],
  ['Медиашкола', 'social', 'Ведём блог, снимаем и монтируем видео, изучаем медиабезопасность.'],
  ['Основы предпринимательства', 'social', 'Придумываем и защищаем собственные проекты и стартапы.'],
];
const qualifiers = [
  'для начинающих',
  'для продолжающих',
  '«Старт»',
  '«Ступени»',
  'базовый уровень',
  'углублённый уровень',
  'для младших школьников',
  '«Радуга»',
  '«Искра»',
  'для подростков',
  '«Открытие»',
  'в Кузбассе',
];
const addenda = [
  'Занятия проводят опытные педагоги, группы небольшие.',
  'В конце года — открытое занятие для родителей.',
  'Все материалы и оборудование предоставляются.',
  'Подходит детям без подготовки.',
  'Лучшие ученики участвуют в областных конкурсах и олимпиадах.',
  'Программа развивает самостоятельность и интерес к учёбе.',
  'Занятия проходят в оборудованном кабинете.',
];
const providerNames = [
  'МБУ ДО «Дом детского творчества»',
  'МАУ ДО «Центр дополнительного образования детей»',
  'МБУ ДО «Детско-юношеская спортивная школа»',
  'МБУ ДО «Станция юных техников»',
  'МБУ ДО «Дворец творчества детей и молодёжи»',
  'ЧОУ ДО «Школа робототехники»',
  'АНО ДО «Центр развития ребёнка»',
  'ИП Соколова Анна Викторовна',
];
const teachers = ['Кузнецов А. П.', 'Белова И. С.', 'Смирнова О. В.', 'Попов Д. Н.', 'Васильева Е. А.', 'Морозов С. И.'];
const streets = ['ул. Ленина', 'пр. Советский', 'ул. Гагарина', 'ул. Кирова', 'ул. Мира', 'пр. Шахтёров', 'ул. Весенняя'];
const dayPatterns = ['{1,3}', '{2,4}', '{6}', '{3,5}', '{1,3,5}', '{7}', '{2,5}', '{4}'];

/** Set-based: a few INSERT … SELECT over generate_series, in one transaction. */
async function seed(pool: pg.Pool): Promise<void> {
  const codes = kuzbassMunicipalities.map((m) => m.code);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO providers (id, name, kind, inn, ogrn, licence_number, municipality_code, addresses, phone, email, status)
       SELECT md5('bench-provider-' || i)::uuid,
              ($2::text[])[1 + i % array_length($2::text[], 1)] || ' № ' || i,
              (ARRAY['municipal', 'municipal', 'state', 'private', 'entrepreneur'])[1 + i % 5],
              NULL, NULL, 'Л035-01216-42/' || lpad(i::text, 8, '0'),
              ($1::text[])[1 + i % array_length($1::text[], 1)],
              ARRAY['ул. Ленина, ' || (1 + i % 90)], '+7 3842 ' || lpad((i % 1000000)::text, 6, '0'),
              'provider' || i || '@example.ru', 'approved'
       FROM generate_series(1, $3::int) i`,
      [codes, providerNames, PROVIDERS],
    );
    await client.query(
      `INSERT INTO programs (id, provider_id, title, description, direction, registry, municipality_code, address, format,
                             min_age, max_age, duration_months, hours, monthly_price_kopecks, needs_medical_certificate,
                             suits_disabilities, status)
       SELECT md5('bench-program-' || i)::uuid, md5('bench-provider-' || provider)::uuid,
              ($2::text[])[s] || ' ' || ($5::text[])[1 + (i * 13) % array_length($5::text[], 1)],
              ($4::text[])[s] || ' ' || ($6::text[])[1 + (i * 17) % array_length($6::text[], 1)],
              ($3::text[])[s],
              (ARRAY['certified', 'certified', 'certified', 'certified', 'certified', 'certified', 'certified',
                     'significant', 'pre_professional', 'other'])[1 + i % 10],
              ($1::text[])[1 + provider % array_length($1::text[], 1)],
              ($7::text[])[1 + i % array_length($7::text[], 1)] || ', ' || (1 + i % 120),
              CASE WHEN i % 15 = 0 THEN 'remote' ELSE 'in_person' END,
              5 + i % 8, least(18, 5 + i % 8 + 3 + i % 7), (ARRAY[9, 9, 9, 6, 12, 3])[1 + i % 6], 36 * (1 + i % 4),
              ((i * 37) % 60) * 5000, i % 7 = 0, i % 5 = 0,
              CASE i % 20 WHEN 0 THEN 'draft' WHEN 1 THEN 'on_review' ELSE 'published' END
       FROM (SELECT i, 1 + (i - 1) / $8::int AS provider, 1 + (i * 7) % array_length($2::text[], 1) AS s
             FROM generate_series(1, $9::int) i) n`,
      [
        codes,
        subjects.map((s) => s[0]),
        subjects.map((s) => s[1]),
        subjects.map((s) => s[2]),
        qualifiers,
        addenda,
        streets,
        PROGRAMS_PER_PROVIDER,
        PROVIDERS * PROGRAMS_PER_PROVIDER,
      ],
    );
    await client.query(
      `INSERT INTO program_groups (id, program_id, provider_id, teacher, days_of_week, start_time, end_time, seats,
                                   seats_taken, start_date, end_date)
       SELECT md5('bench-group-' || g)::uuid, p.id, p.provider_id, ($1::text[])[1 + g % array_length($1::text[], 1)],
              ($2::text[])[1 + (g * 3) % array_length($2::text[], 1)]::smallint[],
              make_time(9 + g % 9, 0, 0), make_time(10 + g % 9, 30, 0), seats, (g * 7) % (seats + 1),
              current_date - 80, current_date + 190
       FROM (SELECT g, 10 + g % 16 AS seats, 1 + (g - 1) / $3::int AS program FROM generate_series(1, $4::int) g) n
       JOIN programs p ON p.id = md5('bench-program-' || n.program)::uuid`,
      [teachers, dayPatterns, GROUPS_PER_PROGRAM, PROVIDERS * PROGRAMS_PER_PROVIDER * GROUPS_PER_PROGRAM],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  // As autovacuum would after a bulk load: statistics, and the visibility map index-only scans rely on.
  await pool.query('VACUUM ANALYZE providers, programs, program_groups, catalogue_facets');
}

type Search = { filter: SearchFilter; sort?: SearchSort; secondPage?: boolean };

/** The fixed mix: what parents type (with typos and word forms), filter, and page through. */
const mix: Search[] = [
  { filter: {} },
  { filter: { text: 'роботехника' } },
  { filter: { text: 'робототехника' }, secondPage: true },
  { filter: { text: 'програмирование питон' } },
  { filter: { text: 'шахмоты' } },
  { filter: { text: 'хареография' } },
  { filter: { text: 'вокал' } },
  { filter: { text: 'футбол', municipalityCode: '01' } },
  { filter: { text: 'английскому языку' } },
  { filter: { text: 'рисование акварелью', childAge: 8 } },
  { filter: { text: 'туризм походы' }, sort: 'price' },
  { filter: { text: 'плавание', freeSeatsOnly: true } },
  { filter: { municipalityCode: '07' } },
  { filter: { municipalityCode: '02', direction: 'sports' }, secondPage: true },
  { filter: { direction: 'technical', childAge: 12 }, sort: 'price' },
  { filter: { childAge: 9, freeSeatsOnly: true } },
  { filter: { dayOfWeek: 6, municipalityCode: '01' } },
  { filter: { maxPriceKopecks: 100_000, payableByCertificate: true } },
  { filter: { payableByCertificate: true, childAge: 14, direction: 'arts' }, sort: 'title' },
  { filter: {}, sort: 'price', secondPage: true },
  { filter: {}, secondPage: true },
  { filter: { text: 'кострукторы лего', municipalityCode: '04', childAge: 7 } },
  { filter: { direction: 'science', dayOfWeek: 3, freeSeatsOnly: true } },
  { filter: { text: 'театр', maxPriceKopecks: 150_000 }, sort: 'price' },
];

/** What the catalogue screen asks for (web/src/api/navigator.operations.ts). */
const QUERY = `query SearchPrograms($filter: ProgramSearchFilter!, $first: Int!, $after: String, $sort: String) {
  searchPrograms(filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    edges { cursor node { id title description direction directionLabel registry municipalityCode address format
                          minAge maxAge durationMonths monthlyPriceKopecks status provider { id name } } }
    pageInfo { hasNextPage endCursor }
    facets { directions { value label count } municipalities { value label count } }
  }
}`;
type Answer = {
  searchPrograms: { totalCount: number; pageInfo: { endCursor: string | null }; edges: { node: { id: string } }[] };
};

/** One search as each path runs it: variables for GraphQL, the position for SQL's second page. */
type Prepared = { variables: Record<string, unknown>; sort: SearchSort; after: SearchPosition | null; total: number };

async function prepare(ctx: BenchContext, pool: pg.Pool): Promise<Prepared[]> {
  const headers = await ctx.viewerHeaders({});
  return Promise.all(
    mix.map(async ({ filter, sort, secondPage }) => {
      const order = effectiveSort(filter, sort);
      const variables: Record<string, unknown> = { filter, first: PAGE, sort: sort ?? null };
      const first = await graphql<Answer>(ctx.subgraphUrl('navigator'), QUERY, variables, headers);
      if (!secondPage) return { variables, sort: order, after: null, total: first.searchPrograms.totalCount };
      const statement = searchStatement(filter, order, null, PAGE);
      const [row] = (await pool.query<SearchRow>(statement.text, statement.values)).rows;
      const last = row?.page[PAGE - 1];
      if (!last) throw new Error(`search ${JSON.stringify(filter)} has no second page`);
      return {
        variables: { ...variables, after: first.searchPrograms.pageInfo.endCursor },
        sort: order,
        after: positionOf(last, order),
        total: first.searchPrograms.totalCount,
      };
    }),
  );
}

type StatementOf = typeof searchStatement;

const statementFor = (statementOf: StatementOf, { variables, sort, after }: Prepared) =>
  statementOf(variables.filter as SearchFilter, sort, after, PAGE);

/** The statements the subgraph sends for one search: the search (with the page's programs), then their providers. */
async function sql(pool: pg.Pool, prepared: Prepared, statementOf: StatementOf): Promise<void> {
  const filter = prepared.variables.filter as SearchFilter;
  const statement = statementFor(statementOf, prepared);
  const row = filter.text
    ? await tolerantSearch(pool, statement)
    : (await pool.query<SearchRow>(statement.text, statement.values)).rows[0];
  const providerIds = [...new Set((row?.page ?? []).slice(0, PAGE).map((p) => p.program.provider_id))];
  if (providerIds.length > 0) await pool.query('SELECT * FROM providers WHERE id = ANY ($1::uuid[])', [providerIds]);
}

/** A text search runs in its own transaction with the typo tolerance, as the subgraph runs it. */
async function tolerantSearch(pool: pg.Pool, statement: SqlStatement): Promise<SearchRow | undefined> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(typoTolerance.text);
    const { rows } = await client.query<SearchRow>(statement.text, statement.values);
    await client.query('COMMIT');
    return rows[0];
  } finally {
    client.release();
  }
}

/** What parents type in the search box on a campaign morning: the subjects' first words. */
const typedWords = [...new Set(subjects.map(([title]) => (title.split(/[\s-]/)[0] as string).toLowerCase()))];

type Send = (variables: Record<string, unknown>) => Promise<Answer>;

/**
 * Asks the Zipf searches as visitors do: a second page only after its first page was seen once (whose end cursor
 * is then reused), so the first request for a second page is a first page.
 */
function zipfTask(searches: readonly ZipfSearch[], send: Send): (index: number) => Promise<void> {
  const pick = zipfPicker(searches.length, seededRandom(7));
  const cursors = new Map<number, string | null>();
  return async () => {
    const rank = pick();
    const { filter, sort, page } = searches[rank] as ZipfSearch;
    const variables: Record<string, unknown> = { filter, first: PAGE, sort };
    const cursor = cursors.get(rank);
    if (page === 2 && cursor) {
      await send({ ...variables, after: cursor });
      return;
    }
    const first = await send(variables);
    if (page === 2) cursors.set(rank, first.searchPrograms.pageInfo.endCursor);
  };
}

/**
 * What changes during a Zipf round: `mixed`, a seat taken (or freed) and a program published (or withdrawn to
 * draft) in turn; `seats`, seats alone, as on a campaign morning, when enrolments far outnumber publications.
 */
type CatalogueWrites = 'mixed' | 'seats';

/** Until `stop` resolves: catalogue writes of the kind asked, WRITES_PER_SECOND of them. */
async function writeCatalogue(pool: pg.Pool, stop: Promise<void>, kind: CatalogueWrites): Promise<number> {
  const random = seededRandom(99);
  let stopped = false;
  void stop.then(() => (stopped = true));
  let writes = 0;
  while (!stopped) {
    if (kind === 'seats' || writes % 2 === 0) {
      const group = 1 + Math.floor(random() * PROVIDERS * PROGRAMS_PER_PROVIDER * GROUPS_PER_PROGRAM);
      await pool.query(
        `UPDATE program_groups SET seats_taken = (seats_taken + 1) % (seats + 1) WHERE id = md5('bench-group-' || $1)::uuid`,
        [group],
      );
    } else {
      // the seed leaves every 20th program a draft
      const program = 20 * (1 + Math.floor(random() * ((PROVIDERS * PROGRAMS_PER_PROVIDER) / 20)));
      await pool.query(
        `UPDATE programs SET status = CASE status WHEN 'draft' THEN 'published' ELSE 'draft' END
         WHERE id = md5('bench-program-' || $1)::uuid`,
        [program],
      );
    }
    writes += 1;
    await new Promise((resolve) => setTimeout(resolve, 1000 / WRITES_PER_SECOND));
  }
  return writes;
}

const ms = (n: number) => Math.round(n * 10) / 10;

/** Runs one statement as the subgraph does (text with the typo tolerance), `prefix` before it (e.g. EXPLAIN). */
async function runStatement(pool: pg.Pool, statement: SqlStatement, text: boolean, prefix = ''): Promise<unknown[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (text) await client.query(typoTolerance.text);
    const { rows } = await client.query(prefix + statement.text, statement.values);
    await client.query('COMMIT');
    return rows;
  } finally {
    client.release();
  }
}

/** Each search alone on both statements (median of 7), then the plans of the three costliest on the old one. */
async function explain(ctx: BenchContext, pool: pg.Pool, searches: Prepared[]): Promise<BenchRow[]> {
  const timed = [];
  for (const [i, search] of searches.entries()) {
    const text = Boolean((search.variables.filter as SearchFilter).text);
    const time = async (statementOf: StatementOf) => {
      const times: number[] = [];
      for (let n = 0; n < 7; n += 1) {
        const started = performance.now();
        await runStatement(pool, statementFor(statementOf, search), text);
        times.push(performance.now() - started);
      }
      return median(times);
    };
    timed.push({ i, search, text, baseline: await time(baselineSearchStatement), current: await time(searchStatement) });
  }
  for (const { i, search, text } of [...timed].sort((x, y) => y.baseline - x.baseline).slice(0, 3)) {
    for (const [name, statementOf] of [
      ['baseline', baselineSearchStatement],
      ['current', searchStatement],
    ] as const) {
      const plan = await runStatement(pool, statementFor(statementOf, search), text, 'EXPLAIN (ANALYZE, BUFFERS) ');
      const lines = plan.map((row) => (row as Record<string, string>)['QUERY PLAN']).join('\n');
      ctx.log(`--- search ${i} ${JSON.stringify(search.variables)} on the ${name} statement:\n${lines}`);
    }
  }
  return timed.map(({ i, search, baseline, current }) => ({
    round: 'explain',
    path: `search ${i}`,
    filter: JSON.stringify(search.variables.filter),
    'c0 ms': ms(baseline),
    'c ms': ms(current),
    'c0/c': ratio(baseline, current),
  }));
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export const benchmark: Benchmark = {
  description: 'catalogue search at 32 clients: through the gateway, on the navigator subgraph, and as raw SQL',
  needsSystem: true,
  async run(ctx) {
    const quick = ctx.args.includes('--quick');
    const durationMs = quick ? 4000 : 15_000;
    const rounds = quick ? 1 : 3;
    const pool = ctx.database('navigator');
    const seeded = performance.now();
    await seed(pool);
    ctx.log(`seeded in ${ms((performance.now() - seeded) / 1000)} s`);
    const searches = await prepare(ctx, pool);
    ctx.log(`matches per search: ${searches.map((s) => s.total).join(', ')}`);
    // Signed viewer headers live 60 s: each measurement signs afresh, as the gateway signs every request.
    let subgraphHeaders = await ctx.viewerHeaders({});
    const pick = (i: number) => searches[i % searches.length] as Prepared;
    const paths: [string, (i: number) => Promise<void>][] = [
      ['a gateway', async (i) => void (await graphql(ctx.gatewayUrl, QUERY, pick(i).variables))],
      ['b subgraph', async (i) => void (await graphql(ctx.subgraphUrl('navigator'), QUERY, pick(i).variables, subgraphHeaders))],
      ['c0 SQL baseline', (i) => sql(pool, pick(i), baselineSearchStatement)],
      ['c SQL', (i) => sql(pool, pick(i), searchStatement)],
    ];
    // Warm every path (JIT, plans, caches) before measuring.
    for (const [, task] of paths) await load({ concurrency: CONCURRENCY, total: searches.length * 4, task });
    const zipf = zipfSearches(ZIPF_SEARCHES, typedWords, seededRandom(42));
    const throughGateway = () => zipfTask(zipf, (variables) => graphqlGet<Answer>(ctx.gatewayUrl, QUERY, variables));
    const zipfPaths: [string, () => (i: number) => Promise<void>, CatalogueWrites][] = [
      ['z gateway (Zipf, writes)', throughGateway, 'mixed'],
      [
        'z subgraph (Zipf, writes)',
        () => zipfTask(zipf, (variables) => graphql<Answer>(ctx.subgraphUrl('navigator'), QUERY, variables, subgraphHeaders)),
        'mixed',
      ],
      ['z gateway (Zipf, seats taken)', throughGateway, 'seats'],
    ];

    const results: Record<string, LoadResult[]> = Object.fromEntries(paths.map(([name]) => [name, []]));
    const rows: BenchRow[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const [name, task] of paths) {
        subgraphHeaders = await ctx.viewerHeaders({});
        const result = await load({ concurrency: CONCURRENCY, durationMs, task });
        if (result.errors > 0) ctx.log(`${name}: ${result.errors} errors, first: ${result.firstError}`);
        results[name]!.push(result);
        rows.push({ round, path: name, requests: result.count, errors: result.errors, 'req/s': result.rps, ...pick3(result) });
      }
      for (const [name, task, kind] of zipfPaths) {
        subgraphHeaders = await ctx.viewerHeaders({});
        let stop = () => {};
        const writer = writeCatalogue(pool, new Promise<void>((resolve) => (stop = resolve)), kind);
        const result = await load({ concurrency: CONCURRENCY, durationMs, task: task() });
        stop();
        const writes = await writer;
        if (result.errors > 0) ctx.log(`${name}: ${result.errors} errors, first: ${result.firstError}`);
        (results[name] ??= []).push(result);
        rows.push({
          round,
          path: name,
          requests: result.count,
          errors: result.errors,
          'req/s': result.rps,
          writes,
          ...pick3(result),
        });
      }
      const [a, b, c0, c] = paths.map(([name]) => results[name]!.at(-1)!);
      rows.push({
        round,
        path: 'ratios',
        'a/b': ratio(a!.rps, b!.rps),
        'b/c': ratio(b!.rps, c!.rps),
        'c/c0': ratio(c!.rps, c0!.rps),
      });
    }
    const med = (name: string, key: 'rps' | 'p50' | 'p95' | 'p99') => median(results[name]!.map((r) => r[key]));
    const ratios = (x: string, y: string) => median(results[x]!.map((r, i) => ratio(r.rps, results[y]![i]!.rps)));
    for (const [name] of [...paths, ...zipfPaths]) {
      rows.push({
        round: 'median',
        path: name,
        'req/s': med(name, 'rps'),
        'p50 ms': med(name, 'p50'),
        'p95 ms': med(name, 'p95'),
        'p99 ms': med(name, 'p99'),
      });
    }
    const gatewayP95 = med('a gateway', 'p95');
    const zipfGatewayP95 = med('z gateway (Zipf, writes)', 'p95');
    const ab = ratios('a gateway', 'b subgraph');
    const bc = ratios('b subgraph', 'c SQL');
    const sqlGain = ratios('c SQL', 'c0 SQL baseline');
    if (ctx.args.includes('--explain')) rows.push(...(await explain(ctx, pool, searches)));
    return {
      rows,
      summary: {
        'gateway req/s (median)': med('a gateway', 'rps'),
        'gateway p95 ms (median)': gatewayP95,
        'subgraph req/s (median)': med('b subgraph', 'rps'),
        'SQL req/s (median)': med('c SQL', 'rps'),
        'SQL baseline req/s (median)': med('c0 SQL baseline', 'rps'),
        'a/b (median of rounds)': ab,
        'b/c (median of rounds)': bc,
        'c/c0 (median of rounds)': sqlGain,
        'Zipf with writes: gateway req/s (median)': med('z gateway (Zipf, writes)', 'rps'),
        'Zipf with writes: gateway p95 ms (median)': zipfGatewayP95,
        'Zipf with writes: subgraph p95 ms (median)': med('z subgraph (Zipf, writes)', 'p95'),
        'Zipf with seats taken: gateway req/s (median)': med('z gateway (Zipf, seats taken)', 'rps'),
        'Zipf with seats taken: gateway p95 ms (median)': med('z gateway (Zipf, seats taken)', 'p95'),
        'goal p95 via gateway ≤ 50 ms': gatewayP95 <= 50,
        'goal p95 via gateway ≤ 50 ms, Zipf with writes': zipfGatewayP95 <= 50,
        'goal a/b ≥ 0.6': ab >= 0.6,
        'goal b/c ≥ 0.5': bc >= 0.5,
        'goal c/c0 ≥ 3': sqlGain >= 3,
        errors: Object.values(results)
          .flat()
          .reduce((sum, r) => sum + r.errors, 0),
      },
    };
  },
};

function pick3(result: LoadResult): BenchRow {
  return { 'p50 ms': result.p50, 'p95 ms': result.p95, 'p99 ms': result.p99 };
}
