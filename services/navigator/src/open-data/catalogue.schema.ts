/**
 * The published format of the open-data catalogue. A change that breaks readers raises the major version
 * (and the schema's `$id`); adding an optional field raises the minor one. docs/open-data.md describes it.
 */
export const OPEN_DATA_VERSION = '1.0';

const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const time = { type: 'string', pattern: '^\\d{2}:\\d{2}$' } as const;
const municipalityCode = { type: 'string', pattern: '^\\d{2}$' } as const;
const count = { type: 'integer', minimum: 0 } as const;

export const catalogueJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pdo.example.ru/open-data/v1/catalogue.schema.json',
  title: 'Открытые данные: каталог программ дополнительного образования Кузбасса',
  description:
    'Опубликованные программы навигатора с организациями и группами (текущие и будущие), свободные места и цены. Персональных данных нет.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'revision', 'programs'],
  properties: {
    version: { const: OPEN_DATA_VERSION, description: 'Версия формата' },
    revision: { type: 'string', description: 'Ревизия данных: меняется, когда меняется каталог (то же, что ETag)' },
    programs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'title',
          'description',
          'direction',
          'registry',
          'format',
          'municipalityCode',
          'municipalityName',
          'address',
          'minAge',
          'maxAge',
          'durationMonths',
          'hours',
          'monthlyPriceKopecks',
          'needsMedicalCertificate',
          'suitsDisabilities',
          'updatedAt',
          'provider',
          'groups',
        ],
        properties: {
          id: uuid,
          title: { type: 'string', description: 'Название программы' },
          description: { type: 'string' },
          direction: {
            enum: ['technical', 'science', 'sports', 'arts', 'tourism', 'social'],
            description: 'Направленность',
          },
          registry: {
            enum: ['certified', 'significant', 'pre_professional', 'other'],
            description: 'Реестр: сертифицированные, значимые, предпрофессиональные, иные',
          },
          format: { enum: ['in_person', 'remote'], description: 'Очно или дистанционно' },
          municipalityCode,
          municipalityName: { type: 'string' },
          address: { type: 'string', description: 'Адрес проведения занятий' },
          minAge: count,
          maxAge: count,
          durationMonths: { type: 'integer', minimum: 1 },
          hours: { type: 'integer', minimum: 1 },
          monthlyPriceKopecks: { ...count, description: 'Стоимость месяца обучения, копейки' },
          needsMedicalCertificate: { type: 'boolean' },
          suitsDisabilities: { type: 'boolean', description: 'Адаптирована для детей с ОВЗ' },
          updatedAt: { type: 'string', description: 'Когда программа менялась в последний раз (ISO 8601)' },
          provider: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'kind', 'inn', 'ogrn', 'municipalityCode', 'website'],
            properties: {
              id: uuid,
              name: { type: 'string' },
              kind: { enum: ['state', 'municipal', 'private', 'entrepreneur'] },
              inn: { type: ['string', 'null'], description: 'ИНН организации; у индивидуального предпринимателя — null' },
              ogrn: { type: ['string', 'null'], description: 'ОГРН организации; у индивидуального предпринимателя — null' },
              municipalityCode,
              website: { type: ['string', 'null'] },
            },
          },
          groups: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'daysOfWeek', 'startTime', 'endTime', 'startDate', 'endDate', 'seats', 'seatsTaken', 'freeSeats'],
              properties: {
                id: uuid,
                daysOfWeek: {
                  type: 'array',
                  items: { type: 'integer', minimum: 1, maximum: 7 },
                  description: 'Дни недели: 1 — понедельник … 7 — воскресенье',
                },
                startTime: time,
                endTime: time,
                startDate: date,
                endDate: date,
                seats: count,
                seatsTaken: count,
                freeSeats: count,
              },
            },
          },
        },
      },
    },
  },
} as const;
