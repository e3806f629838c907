import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { anonymousViewer, DomainError, type Viewer } from '@pdo/service-kit';
import ExcelJS from 'exceljs';
import express from 'express';
import { parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './limits';
import { tableExports } from './table-exports.catalogue';
import { tableExportsRoute, type RunQuery } from './table-exports.route';

const admin: Viewer = {
  userId: '00000000-0000-4000-8000-000000000001',
  roles: ['regional_admin'],
  municipalityCode: null,
  providerId: null,
  viaApiKey: false,
};

async function viewerOf(req: express.Request): Promise<Viewer> {
  const header = req.header('authorization');
  if (!header) return anonymousViewer;
  if (header === 'Bearer admin') return admin;
  throw new DomainError('UNAUTHENTICATED', 'Сеанс истёк или недействителен. Войдите снова.', { http: { status: 401 } });
}

const certificates = (code: string, name: string) => ({
  municipalityCode: code,
  municipalityName: name,
  issued: 10,
  activated: 8,
  activatedPercent: 80,
  waiting: 2,
});

/** Stands in for the supergraph: the admin gets the region (billing knows only 07), anybody else three refusals. */
const runQuery: RunQuery = async (viewer) => {
  if (viewer !== admin) {
    const refusal = { message: 'Недостаточно прав для этого действия.', extensions: { code: 'FORBIDDEN' } };
    return { data: null, errors: [refusal, refusal, refusal] };
  }
  return {
    data: {
      regionCertificateOverview: [certificates('01', 'г. Кемерово'), certificates('07', 'г. Киселевск')],
      regionMoneyOverview: [
        {
          municipalityCode: '07',
          quota: 100,
          financedCertificates: 3,
          enrolledFinancedCertificates: 2,
          reservedKopecks: 1_234_550,
          chargedKopecks: 500,
        },
      ],
      regionProgramOverview: [
        {
          municipalityCode: '01',
          programs: 3,
          seats: 30,
          seatsTaken: 4,
          byDirection: [{ direction: 'technical', programs: 3 }],
          byRegistry: [{ registry: 'significant', programs: 3 }],
        },
      ],
    },
  };
};

describe('GET /exports/tables/:table on the gateway', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer(express().get('/exports/tables/:table', tableExportsRoute(tableExports, viewerOf, runQuery)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((done) => server.close(done)));

  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('joins the region overview into one sheet, a municipality a service says nothing of in zeros', async () => {
    const response = await get('/exports/tables/region-overview?format=xlsx', 'admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('обзор-региона.xlsx')}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Обзор региона')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings.slice(0, 3)).toEqual(['Код', 'Муниципалитет', 'Выдано']);
    expect(headings).toContain('техническая');
    expect(headings).toContain('значимая');
    expect(sheet.rowCount).toBe(3);
    const row = (line: number) =>
      Object.fromEntries(headings.map((heading, i) => [heading, sheet.getRow(line).getCell(i + 1).value]));
    expect(row(2)).toMatchObject({ Муниципалитет: 'г. Кемерово', Квота: 0, Программ: 3, техническая: 3, значимая: 3, Мест: 30 });
    expect(row(2)['Используются, %']).toBeNull();
    expect(row(3)).toMatchObject({
      Код: '07',
      Квота: 100,
      'Зарезервировано, руб.': 12345.5,
      Программ: 0,
      'Используются, %': 66.7,
    });
  });

  it('writes CSV for Excel', async () => {
    const response = await get('/exports/tables/region-overview?format=csv', 'admin');
    const text = await response.text();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(text.split('\r\n')[2]).toMatch(/^07;г\. Киселевск;10;8;"80,0";2;3;100;2;"66,7";"12345,50";"5,00";0;/);
  });

  it('passes the subgraphs’ refusal on once, with its status', async () => {
    const response = await get('/exports/tables/region-overview?format=xlsx');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Недостаточно прав для этого действия.', extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it.each([
    ['/exports/tables/region-overview?format=pdf', 'admin', 400, 'BAD_USER_INPUT'],
    ['/exports/tables/support-centre-days?format=csv&municipalityCode=Кемерово', 'admin', 400, 'BAD_USER_INPUT'],
    ['/exports/tables/support-centre-days?format=csv&municipalityCode=07&days=много', 'admin', 400, 'BAD_USER_INPUT'],
    ['/exports/tables/children?format=csv', 'admin', 404, 'NOT_FOUND'],
    ['/exports/tables/toString?format=csv', 'admin', 404, 'NOT_FOUND'],
    ['/exports/tables/region-overview?format=csv', 'forged', 401, 'UNAUTHENTICATED'],
  ])('%s → %i %s, in Russian', async (path, token, status, code) => {
    const response = await get(path, token);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(/[А-Яа-яЁё]/);
  });
});

describe('the exported tables’ queries', () => {
  const supergraph = readFileSync(resolve(__dirname, '../supergraph.graphql'), 'utf8');
  const schema = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();

  it.each(Object.keys(tableExports))('%s asks a query the gateway accepts from a client', (name) => {
    const { query } = tableExports[name as keyof typeof tableExports];
    expect(validate(schema, parse(query), [...specifiedRules, queryLimitsRule()]).map((e) => e.message)).toEqual([]);
  });
});
