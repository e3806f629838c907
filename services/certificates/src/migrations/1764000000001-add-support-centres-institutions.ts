import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each municipality's МОЦ as the region published it when the service started; the regional admin edits them. */
const supportCentres: readonly [code: string, name: string, address: string, phone: string][] = [
  [
    '01',
    'МОЦ г. Кемерово — МАУ ДО «Городской дворец детского творчества»',
    'г. Кемерово, пр. Советский, д. 40',
    '+7 (3842) 36-51-14',
  ],
  [
    '02',
    'МОЦ г. Новокузнецка — МАОУ ДО «Дворец творчества детей и учащейся молодёжи»',
    'г. Новокузнецк, ул. Кирова, д. 93',
    '+7 (3843) 74-42-10',
  ],
  [
    '03',
    'МОЦ Анжеро-Судженского городского округа — МБУ ДО «Дом детского творчества»',
    'г. Анжеро-Судженск, ул. Ленина, д. 7',
    '+7 (38453) 6-21-45',
  ],
  [
    '04',
    'МОЦ Беловского городского округа — МБУ ДО «Дворец творчества детей и молодёжи»',
    'г. Белово, ул. Советская, д. 21',
    '+7 (38452) 2-43-18',
  ],
  [
    '05',
    'МОЦ Березовского городского округа — МБУ ДО «Центр детского творчества»',
    'г. Березовский, пр. Ленина, д. 29',
    '+7 (38445) 3-12-06',
  ],
  [
    '06',
    'МОЦ Калтанского городского округа — МБУ ДО «Дом детского творчества»',
    'г. Калтан, ул. Комсомольская, д. 12',
    '+7 (38472) 3-30-57',
  ],
  [
    '07',
    'МОЦ Киселевского городского округа — МБУ ДО «Центр детского творчества»',
    'г. Киселевск, ул. Советская, д. 5',
    '+7 (38464) 2-20-34',
  ],
  [
    '08',
    'МОЦ Краснобродского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Краснобродский, ул. Новая, д. 16',
    '+7 (38452) 7-62-41',
  ],
  [
    '09',
    'МОЦ Ленинск-Кузнецкого городского округа — МАУ ДО «Центр дополнительного образования детей»',
    'г. Ленинск-Кузнецкий, пр. Текстильщиков, д. 10',
    '+7 (38456) 7-03-15',
  ],
  [
    '10',
    'МОЦ Междуреченского городского округа — МБУ ДО «Дворец творчества детей и молодёжи»',
    'г. Междуреченск, пр. Строителей, д. 34',
    '+7 (38475) 2-65-02',
  ],
  [
    '11',
    'МОЦ Мысковского городского округа — МБУ ДО «Дом детского творчества»',
    'г. Мыски, ул. Первомайская, д. 11',
    '+7 (38474) 2-14-72',
  ],
  [
    '12',
    'МОЦ Осинниковского городского округа — МБУ ДО «Центр детского творчества»',
    'г. Осинники, ул. Победы, д. 25',
    '+7 (38471) 4-35-90',
  ],
  [
    '13',
    'МОЦ Полысаевского городского округа — МБУ ДО «Дом детского творчества»',
    'г. Полысаево, ул. Космонавтов, д. 45',
    '+7 (38456) 4-52-17',
  ],
  [
    '14',
    'МОЦ г. Прокопьевска — МБУ ДО «Дворец детского творчества»',
    'г. Прокопьевск, пр. Шахтёров, д. 19',
    '+7 (3846) 61-27-35',
  ],
  [
    '15',
    'МОЦ Тайгинского городского округа — МБУ ДО «Дом детского творчества»',
    'г. Тайга, ул. Строительная, д. 47',
    '+7 (38448) 2-18-63',
  ],
  [
    '16',
    'МОЦ Юргинского городского округа — МБУ ДО «Центр детского творчества»',
    'г. Юрга, ул. Машиностроителей, д. 37',
    '+7 (38451) 4-66-20',
  ],
  [
    '17',
    'МОЦ Беловского муниципального округа — МБУ ДО «Центр детского творчества»',
    'Беловский муниципальный округ, с. Вишнёвка, ул. Школьная, д. 1',
    '+7 (38452) 6-31-84',
  ],
  [
    '18',
    'МОЦ Гурьевского муниципального округа — МБУ ДО «Дом детского творчества»',
    'г. Гурьевск, ул. Ленина, д. 27',
    '+7 (38463) 5-17-30',
  ],
  [
    '19',
    'МОЦ Ижморского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Ижморский, ул. Школьная, д. 12',
    '+7 (38459) 2-24-63',
  ],
  [
    '20',
    'МОЦ Кемеровского муниципального округа — МБУ ДО «Центр дополнительного образования»',
    'Кемеровский муниципальный округ, п. Звёздный, ул. Центральная, д. 9',
    '+7 (3842) 75-43-28',
  ],
  [
    '21',
    'МОЦ Крапивинского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Крапивинский, ул. Юбилейная, д. 15',
    '+7 (38446) 2-21-57',
  ],
  [
    '22',
    'МОЦ Ленинск-Кузнецкого муниципального округа — МБУ ДО «Центр дополнительного образования детей»',
    'г. Ленинск-Кузнецкий, ул. Топкинская, д. 6',
    '+7 (38456) 3-14-22',
  ],
  [
    '23',
    'МОЦ Мариинского муниципального округа — МБУ ДО «Дом детского творчества»',
    'г. Мариинск, ул. Народная, д. 10',
    '+7 (38443) 5-11-48',
  ],
  [
    '24',
    'МОЦ Новокузнецкого муниципального округа — МБУ ДО «Центр дополнительного образования детей»',
    'Новокузнецкий муниципальный округ, с. Атаманово, ул. Центральная, д. 17',
    '+7 (3843) 54-21-06',
  ],
  [
    '25',
    'МОЦ Прокопьевского муниципального округа — МБУ ДО «Центр детского творчества»',
    'Прокопьевский муниципальный округ, с. Верх-Егос, ул. Школьная, д. 8',
    '+7 (3846) 62-14-90',
  ],
  [
    '26',
    'МОЦ Промышленновского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Промышленная, ул. Коммунистическая, д. 23',
    '+7 (38442) 7-11-85',
  ],
  [
    '27',
    'МОЦ Таштагольского муниципального района — МБУ ДО «Дом детского творчества»',
    'г. Таштагол, ул. Ленина, д. 52',
    '+7 (38473) 3-27-64',
  ],
  [
    '28',
    'МОЦ Тисульского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Тисуль, ул. Октябрьская, д. 41',
    '+7 (38447) 2-30-12',
  ],
  [
    '29',
    'МОЦ Топкинского муниципального округа — МБУ ДО «Центр детского творчества»',
    'г. Топки, ул. Советская, д. 18',
    '+7 (38454) 4-62-07',
  ],
  [
    '30',
    'МОЦ Тяжинского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Тяжинский, ул. Путевая, д. 9',
    '+7 (38449) 2-71-33',
  ],
  [
    '31',
    'МОЦ Чебулинского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Верх-Чебула, ул. Мира, д. 16',
    '+7 (38444) 2-13-59',
  ],
  [
    '32',
    'МОЦ Юргинского муниципального округа — МБУ ДО «Центр дополнительного образования»',
    'г. Юрга, ул. Ленинградская, д. 6',
    '+7 (38451) 4-08-71',
  ],
  [
    '33',
    'МОЦ Яйского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Яя, ул. Советская, д. 17',
    '+7 (38441) 2-15-96',
  ],
  [
    '34',
    'МОЦ Яшкинского муниципального округа — МБУ ДО «Дом детского творчества»',
    'пгт Яшкино, ул. Школьная, д. 14',
    '+7 (38455) 2-52-38',
  ],
];

/** Where a parent of Кемерово and Киселевск takes the application; the other municipalities' lists the admin fills in. */
const institutions: readonly [code: string, name: string, address: string, phone: string, acceptsApplications: boolean][] = [
  ['01', 'МАУ ДО «Городской дворец детского творчества»', 'г. Кемерово, пр. Советский, д. 40', '+7 (3842) 36-51-14', true],
  ['01', 'МБОУ ДО «Дом детского творчества Заводского района»', 'г. Кемерово, пр. Строителей, д. 23', '+7 (3842) 54-18-92', true],
  [
    '01',
    'МБОУ ДО «Центр детского творчества Ленинского района»',
    'г. Кемерово, пр. Октябрьский, д. 81',
    '+7 (3842) 51-44-07',
    false,
  ],
  ['07', 'МБУ ДО «Центр детского творчества»', 'г. Киселевск, ул. Советская, д. 5', '+7 (38464) 2-20-34', true],
  ['07', 'МБОУ «Средняя общеобразовательная школа № 1»', 'г. Киселевск, ул. Мира, д. 7', '+7 (38464) 2-35-18', false],
  ['07', 'МБУ ДО «Детско-юношеская спортивная школа»', 'г. Киселевск, ул. Спортивная, д. 2', '+7 (38464) 5-44-10', true],
];

/**
 * The municipal support centre (МОЦ) and the institutions that activate certificates, each with who changed it
 * last and when; every change by the regional admin is also kept in reference_data_changes with the values it replaced.
 */
export class AddSupportCentresInstitutions1764000000001 implements MigrationInterface {
  name = 'AddSupportCentresInstitutions1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE support_centres (
        municipality_code text PRIMARY KEY REFERENCES municipalities (code),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
        phone text NOT NULL CHECK (length(phone) BETWEEN 1 AND 40),
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE activating_institutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_code text NOT NULL REFERENCES municipalities (code),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
        phone text CHECK (length(phone) BETWEEN 1 AND 40),
        accepts_applications boolean NOT NULL DEFAULT false,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX activating_institutions_name_uq ON activating_institutions (municipality_code, lower(name))',
    );
    await queryRunner.query(`
      CREATE TABLE reference_data_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subject text NOT NULL CHECK (subject IN ('support_centre', 'activating_institution', 'certificate_group')),
        subject_id text NOT NULL,
        municipality_code text NOT NULL,
        action text NOT NULL CHECK (action IN ('created', 'updated', 'removed')),
        old_values jsonb,
        new_values jsonb,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX reference_data_changes_municipality_idx ON reference_data_changes (municipality_code, changed_at)',
    );
    await queryRunner.query(`
      ALTER TABLE certificate_groups
        ADD CONSTRAINT certificate_groups_age_range_check CHECK (min_age >= 5 AND max_age <= 18)`);
    for (const [code, name, address, phone] of supportCentres) {
      await queryRunner.query('INSERT INTO support_centres (municipality_code, name, address, phone) VALUES ($1, $2, $3, $4)', [
        code,
        name,
        address,
        phone,
      ]);
    }
    for (const [code, name, address, phone, acceptsApplications] of institutions) {
      await queryRunner.query(
        `INSERT INTO activating_institutions (municipality_code, name, address, phone, accepts_applications)
         VALUES ($1, $2, $3, $4, $5)`,
        [code, name, address, phone, acceptsApplications],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE certificate_groups DROP CONSTRAINT certificate_groups_age_range_check');
    await queryRunner.query('DROP TABLE reference_data_changes');
    await queryRunner.query('DROP TABLE activating_institutions');
    await queryRunner.query('DROP TABLE support_centres');
  }
}
