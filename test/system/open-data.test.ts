// The open data: a freshly published program is downloadable through the gateway without sign-in, as
// JSON valid against its published schema and as CSV with the same records, with no personal data in
// either; the ETag holds until the catalogue changes; the GraphQL query gives the same revision.
import { randomBytes } from 'node:crypto';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import Ajv2020 from 'ajv/dist/2020';
import { graphql, signIn } from './gateway.client';

const origin = new URL(requiredTestEnv('GATEWAY_URL')).origin;
const suffix = randomBytes(3).toString('hex');
// The teacher's name is a person's: it is in the navigator's own cards, and must not be in the open data.
const teacher = `Открытова Тайна ${suffix}`;
const program = {
  title: `Открытые данные, кружок ${suffix}`,
  description: 'Описание с запятой, «кавычками» и "двойными кавычками";\nи второй строкой.',
  direction: 'science',
  registry: 'significant',
  municipalityCode: '07',
  address: 'г. Киселевск, ул. Гагарина, 1',
  format: 'in_person',
  minAge: 7,
  maxAge: 12,
  durationMonths: 8,
  hours: 64,
  monthlyPriceKopecks: 95000,
};
const group = {
  teacher,
  daysOfWeek: [1, 3],
  startTime: '16:00',
  endTime: '17:00',
  seats: 12,
  startDate: '2027-09-01',
  endDate: '2028-05-31',
};

interface CatalogueJson {
  version: string;
  revision: string;
  programs: {
    id: string;
    title: string;
    description: string;
    monthlyPriceKopecks: number;
    provider: { name: string };
    groups: { id: string; seats: number; freeSeats: number; daysOfWeek: number[] }[];
  }[];
}

/** RFC 4180, as any reader parses it: quoted fields may hold separators, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

async function publish(): Promise<{ programId: string; groupId: string; providerToken: string }> {
  const providerToken = await signIn('provider');
  const made = await graphql<{ createProgram: { id: string } }>(
    'mutation ($input: ProgramInput!) { createProgram(input: $input) { id } }',
    { input: program },
    providerToken,
  );
  expect(made.errors).toBeUndefined();
  const programId = made.data!.createProgram.id;
  const added = await graphql<{ addGroup: { id: string } }>(
    'mutation ($id: ID!, $input: GroupInput!) { addGroup(programId: $id, input: $input) { id } }',
    { id: programId, input: group },
    providerToken,
  );
  expect(added.errors).toBeUndefined();
  expect(
    (await graphql('mutation ($id: ID!) { submitProgram(id: $id) { status } }', { id: programId }, providerToken)).errors,
  ).toBeUndefined();
  const approved = await graphql<{ approveProgram: { status: string } }>(
    'mutation ($id: ID!) { approveProgram(id: $id) { status } }',
    { id: programId },
    await signIn('operator'),
  );
  expect(approved.data?.approveProgram.status).toBe('published');
  return { programId, groupId: added.data!.addGroup.id, providerToken };
}

/** What must never be in open data: the teacher, the demo family, contacts of people. */
function expectNoPersonalData(text: string) {
  expect(text).not.toContain(teacher);
  for (const name of ['Иванов', 'Артём', 'Софья', 'parent@pdo.example.ru']) expect(text).not.toContain(name);
  expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  expect(text).not.toMatch(/\+7\s?\(?\d{3}/);
}

describe('open data through the gateway, without sign-in', () => {
  let published: { programId: string; groupId: string; providerToken: string };

  beforeAll(async () => {
    published = await publish();
  });

  it('serves JSON valid against its published schema, and CSV with the same records', async () => {
    const schemaResponse = await fetch(`${origin}/open-data/catalogue.schema.json`);
    expect(schemaResponse.status).toBe(200);
    const schema = (await schemaResponse.json()) as Record<string, unknown>;

    const jsonResponse = await fetch(`${origin}/open-data/catalogue.json`);
    expect(jsonResponse.status).toBe(200);
    expect(jsonResponse.headers.get('content-type')).toMatch(/^application\/json/);
    expect(jsonResponse.headers.get('cache-control')).toBe('public, no-cache');
    const jsonText = await jsonResponse.text();
    const catalogue = JSON.parse(jsonText) as CatalogueJson;

    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(catalogue) ? [] : validate.errors).toEqual([]);
    // the schema would catch a leak: an extra field, say a teacher, fails validation
    const leaking = structuredClone(catalogue);
    const leakingGroup = leaking.programs.find((p) => p.id === published.programId)!.groups[0];
    (leakingGroup as Record<string, unknown>).teacher = teacher;
    expect(validate(leaking)).toBe(false);

    expect(catalogue.version).toBe('1.0');
    const mine = catalogue.programs.find((p) => p.id === published.programId);
    expect(mine).toMatchObject({
      title: program.title,
      description: program.description,
      monthlyPriceKopecks: 95000,
      provider: { name: expect.any(String) },
      groups: [{ id: published.groupId, seats: 12, freeSeats: 12, daysOfWeek: [1, 3] }],
    });
    expectNoPersonalData(jsonText);

    const csvResponse = await fetch(`${origin}/open-data/catalogue.csv`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    const csvText = await csvResponse.text();
    expectNoPersonalData(csvText);
    const [headings, ...records] = parseCsv(csvText);
    expect(headings).toContain('program_id');
    const at = (record: string[], column: string) => record[headings.indexOf(column)];
    for (const record of records) expect(record).toHaveLength(headings.length);
    // one record per group, or one per program without groups: the same pairs as the JSON
    const csvPairs = records.map((r) => `${at(r, 'program_id')}|${at(r, 'group_id')}`).sort();
    const jsonPairs = catalogue.programs
      .flatMap((p) => (p.groups.length === 0 ? [`${p.id}|`] : p.groups.map((g) => `${p.id}|${g.id}`)))
      .sort();
    expect(csvPairs).toEqual(jsonPairs);
    const mineInCsv = records.find((r) => at(r, 'group_id') === published.groupId)!;
    expect(at(mineInCsv, 'description')).toBe(program.description);
    expect(at(mineInCsv, 'monthly_price_kopecks')).toBe('95000');
    expect(at(mineInCsv, 'days_of_week')).toBe('1 3');
    expect(at(mineInCsv, 'free_seats')).toBe('12');
  });

  it('answers 304 to a reader holding the current copy, and a new copy once the catalogue changes', async () => {
    for (const file of ['catalogue.json', 'catalogue.csv']) {
      const first = await fetch(`${origin}/open-data/${file}`);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"(json|csv)-[\w-]+"$/);
      await first.arrayBuffer();
      const again = await fetch(`${origin}/open-data/${file}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
    }

    const before = await fetch(`${origin}/open-data/catalogue.json`);
    const etag = before.headers.get('etag')!;
    await before.arrayBuffer();
    const added = await graphql(
      'mutation ($id: ID!, $input: GroupInput!) { addGroup(programId: $id, input: $input) { id } }',
      { id: published.programId, input: { ...group, teacher: `Вторая ${suffix}`, daysOfWeek: [6] } },
      published.providerToken,
    );
    expect(added.errors).toBeUndefined();
    const after = await fetch(`${origin}/open-data/catalogue.json`, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const catalogue = (await after.json()) as CatalogueJson;
    expect(catalogue.programs.find((p) => p.id === published.programId)?.groups).toHaveLength(2);
  });

  it('gives the same catalogue to the GraphQL query, without sign-in', async () => {
    const download = (await (await fetch(`${origin}/open-data/catalogue.json`)).json()) as CatalogueJson;
    const result = await graphql<{
      openDataCatalogue: { version: string; revision: string; programs: { id: string; groups: { id: string }[] }[] };
    }>('{ openDataCatalogue { version revision programs { id groups { id } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.openDataCatalogue.version).toBe('1.0');
    expect(result.data!.openDataCatalogue.revision).toBe(download.revision);
    expect(result.data!.openDataCatalogue.programs.map((p) => p.id)).toEqual(download.programs.map((p) => p.id));
  });

  it('answers 404 for a file it does not publish', async () => {
    const response = await fetch(`${origin}/open-data/children.csv`);
    expect(response.status).toBe(404);
  });
});
