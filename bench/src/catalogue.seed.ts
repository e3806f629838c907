// The public catalogue as catalog-search and campaign-morning seed it: 34 municipalities, 1 500 providers,
// 15 000 programs and 30 000 groups with Russian titles and descriptions; and the writes a campaign morning
// makes to it (seats taken, programs published).
import { kuzbassMunicipalities } from '@pdo/service-kit';
import type pg from 'pg';
import { seededRandom } from './catalog-search.zipf.ts';

export const PROVIDERS = 1500;
export const PROGRAMS_PER_PROVIDER = 10;
export const GROUPS_PER_PROGRAM = 2;

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
export async function seedCatalogue(pool: pg.Pool): Promise<void> {
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

/** What parents type in the search box on a campaign morning: the subjects' first words. */
export const typedWords = [...new Set(subjects.map(([title]) => (title.split(/[\s-]/)[0] as string).toLowerCase()))];

/**
 * What changes during a Zipf round: `mixed`, a seat taken (or freed) and a program published (or withdrawn to
 * draft) in turn; `seats`, seats alone, as on a campaign morning, when enrolments far outnumber publications.
 */
export type CatalogueWrites = 'mixed' | 'seats';

/** The `n`th catalogue write of the kind asked: a seat taken (or freed), or a program published (or withdrawn). */
export async function catalogueWrite(pool: pg.Pool, kind: CatalogueWrites, n: number, random: () => number): Promise<void> {
  if (kind === 'seats' || n % 2 === 0) {
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
}

/** Until `stop` resolves: catalogue writes of the kind asked, `perSecond` of them. */
export async function writeCatalogue(
  pool: pg.Pool,
  stop: Promise<void>,
  kind: CatalogueWrites,
  perSecond: number,
): Promise<number> {
  const random = seededRandom(99);
  let stopped = false;
  void stop.then(() => (stopped = true));
  let writes = 0;
  while (!stopped) {
    await catalogueWrite(pool, kind, writes, random);
    writes += 1;
    await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
  }
  return writes;
}
