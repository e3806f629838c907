import type { ServiceRuntime } from '@pdo/service-kit';

/** Same ids as the demo provider staff accounts in identity («provider», «provider2»). */
const DEMO_PROVIDER_ID = '00000000-0000-4000-8000-0000000000a1';
const SECOND_PROVIDER_ID = '00000000-0000-4000-8000-0000000000a2';
const ADDRESS = 'г. Киселевск, ул. Ленина, 30';

export async function seedDemoCatalogue({ dataSource }: ServiceRuntime): Promise<void> {
  await dataSource.query(
    `INSERT INTO providers (id, name, kind, inn, ogrn, licence_number, municipality_code, addresses, phone, email, status)
     VALUES ($1, 'МБУ ДО «Дом детского творчества» г. Киселевска', 'municipal', '4211004636', '1024200895124', 'Л035-01216-42/00212345',
             '07', ARRAY[$2], '+7 38464 2-11-34', 'ddt-kiselevsk@example.ru', 'approved')
     ON CONFLICT (id) DO UPDATE SET inn = EXCLUDED.inn, ogrn = EXCLUDED.ogrn, licence_number = EXCLUDED.licence_number,
       addresses = EXCLUDED.addresses, phone = EXCLUDED.phone, email = EXCLUDED.email`,
    [DEMO_PROVIDER_ID, ADDRESS],
  );
  // a second organization, so that "another provider's" records can be shown and tested
  await dataSource.query(
    `INSERT INTO providers (id, name, kind, inn, ogrn, licence_number, municipality_code, addresses, phone, email, status)
     VALUES ($1, 'МБУ ДО «Центр детского творчества» г. Киселевска', 'municipal', '4211004643', '1024200895135',
             'Л035-01216-42/00212346', '07', ARRAY['г. Киселевск, ул. Гагарина, 8'], '+7 38464 2-15-40',
             'cdt-kiselevsk@example.ru', 'approved')
     ON CONFLICT (id) DO NOTHING`,
    [SECOND_PROVIDER_ID],
  );
  await dataSource.query(
    `INSERT INTO programs (id, provider_id, title, description, direction, registry, municipality_code, address, format,
                           min_age, max_age, duration_months, hours, monthly_price_kopecks, status)
     VALUES
       ('00000000-0000-4000-8000-0000000000b1', $1, 'Робототехника для начинающих',
        'Собираем и программируем роботов на конструкторах, участвуем в соревнованиях.', 'technical', 'certified', '07', $2,
        'in_person', 7, 14, 9, 144, 150000, 'published'),
       ('00000000-0000-4000-8000-0000000000b2', $1, 'Изостудия «Радуга»',
        'Рисунок, живопись и декоративно-прикладное творчество для детей.', 'arts', 'certified', '07', $2,
        'in_person', 5, 12, 9, 72, 90000, 'published')
     ON CONFLICT (id) DO UPDATE SET registry = EXCLUDED.registry, address = EXCLUDED.address, hours = EXCLUDED.hours`,
    [DEMO_PROVIDER_ID, ADDRESS],
  );
  await dataSource.query(
    `INSERT INTO program_groups (id, program_id, provider_id, teacher, days_of_week, start_time, end_time, seats, start_date, end_date)
     VALUES
       ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', $1, 'Кузнецов Андрей Петрович', '{2,4}', '15:00', '16:30', 12, '2026-09-01', '2027-05-31'),
       ('00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000b1', $1, 'Кузнецов Андрей Петрович', '{6}', '10:00', '12:00', 10, '2026-09-01', '2027-05-31'),
       ('00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000b2', $1, 'Белова Ирина Сергеевна', '{1,3}', '16:00', '17:30', 15, '2026-09-01', '2027-05-31')
     ON CONFLICT (id) DO NOTHING`,
    [DEMO_PROVIDER_ID],
  );
}
