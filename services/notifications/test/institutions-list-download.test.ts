import { pdfText } from '@pdo/pdf/testing';
import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { notificationsService } from '../src/notifications.service';
import { type FilesServer, startFilesServer } from './files.fixture';

let db: TestDatabase;
let schema: GraphQLSchema;
let files: FilesServer;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  schema = await buildSubgraph(notificationsService.subgraph);
  files = await startFilesServer(db.dataSource);
});

afterAll(async () => {
  await files.stop();
  await db.drop();
});

/** What the gateway sends for `@requires`: the municipality's reference data as certificates returns it. */
const kiselevsk = (institutions: { name: string; address: string; phone: string | null }[]) => ({
  __typename: 'Municipality',
  code: '07',
  name: 'г. Киселевск',
  supportCentre: {
    __typename: 'SupportCentre',
    name: 'МОЦ Киселевского городского округа — МБУ ДО «Центр детского творчества»',
    address: 'г. Киселевск, ул. Советская, д. 5',
    phone: '+7 (38464) 2-20-34',
  },
  activatingInstitutions: institutions.map((institution) => ({ __typename: 'ActivatingInstitution', ...institution })),
});

const LINK = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Municipality { institutionsList { url fileName expiresAt } } }
}`;

type Link = { url: string; fileName: string; expiresAt: string };

async function linkAs(viewer: Partial<Viewer>, municipality: object) {
  const result = await executeAs<{ _entities: { institutionsList: Link }[] }>(schema, db.dataSource, viewer, LINK, {
    representations: [municipality],
  });
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0]!.institutionsList;
}

async function downloadText(url: string) {
  const response = await fetch(new URL(url, files.origin));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return pdfText(Buffer.from(await response.arrayBuffer()));
}

describe('«Скачать учреждения»: the list of activating institutions through a short-lived link', () => {
  it('gives anyone, signed in or not, a 5-minute link to a PDF with the municipality, its МОЦ and its institutions', async () => {
    const link = await linkAs(
      {},
      kiselevsk([
        {
          name: 'МБУ ДО «Детско-юношеская спортивная школа»',
          address: 'г. Киселевск, ул. Спортивная, д. 2',
          phone: '+7 (38464) 5-44-10',
        },
        { name: 'МБОУ «Средняя общеобразовательная школа № 1»', address: 'г. Киселевск, ул. Мира, д. 7', phone: null },
      ]),
    );
    expect(link.url).toMatch(/^\/files\/[\w.-]+$/);
    expect(link.fileName).toBe('Учреждения — г. Киселевск.pdf');
    const lifetime = new Date(link.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000);

    const text = await downloadText(link.url);
    expect(text).toContain('Муниципалитет: г. Киселевск');
    expect(text).toContain('МОЦ Киселевского городского округа');
    expect(text).toContain('г. Киселевск, ул. Советская, д. 5, телефон +7 (38464) 2-20-34');
    expect(text).toContain('МБУ ДО «Детско-юношеская спортивная школа»');
    expect(text).toContain('МБОУ «Средняя общеобразовательная школа № 1»');
    expect(text).toContain('г. Киселевск, ул. Мира, д. 7');
  });

  it('keeps one list per municipality and prints the latest data after the admin changes it', async () => {
    const first = await linkAs({ userId: '0b8f6f43-8a0c-4b8e-9d39-3f1f2e6f2a10', roles: ['parent'] }, kiselevsk([]));
    expect(await downloadText(first.url)).toContain('Список учреждений муниципалитета пока не заполнен');
    const second = await linkAs(
      {},
      kiselevsk([{ name: 'МБУ ДО «Центр детского творчества»', address: 'г. Киселевск, ул. Советская, д. 5', phone: null }]),
    );
    const rows = (await db.dataSource.query(`SELECT subject_key FROM documents WHERE kind = 'institutions_list'`)) as {
      subject_key: string;
    }[];
    expect(rows).toEqual([{ subject_key: '07' }]);
    // the earlier link points at the same stored list, so it too renders the current institutions
    for (const url of [first.url, second.url]) {
      const text = await downloadText(url);
      expect(text).toContain('МБУ ДО «Центр детского творчества»');
      expect(text).not.toContain('пока не заполнен');
    }
  });
});
