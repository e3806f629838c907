// Issue 14's overviews through the gateway: the МОЦ's own municipality (and only it), the region side by
// side from three services, and the finance page's forecast. A certificate issued and activated here must
// move the figures of today. Their tables download as XLSX and CSV with the figures of the pages' own queries.
import { randomBytes } from 'node:crypto';
import { childWithActiveCertificate, KEMEROVO } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { csvRecords, downloadTable, refusalCodes, xlsxRecords } from './table-export.client';

const suffix = randomBytes(3).toString('hex');
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' });

type Group = {
  groupName: string;
  issued: number;
  activated: number;
  waiting: number;
  financing: number;
  accounting: number;
  oldestWaitingDays?: number | null;
};
type Overview = {
  municipalityCode: string;
  days: { day: string; applications: number; issued: number; activated: number }[];
  groups: Group[];
  total: Group;
};
const OVERVIEW = `query ($code: String, $days: Int) { supportCentreOverview(municipalityCode: $code, days: $days) {
  municipalityCode days { day applications issued activated }
  groups { groupName issued activated waiting financing accounting }
  total { groupName issued activated waiting financing accounting oldestWaitingDays } } }`;
const overview = (token: string, variables: { code?: string; days?: number } = {}) =>
  graphql<{ supportCentreOverview: Overview }>(OVERVIEW, variables, token);

describe('overviews', () => {
  it('counts a certificate applied for, issued and activated today in its МОЦ overview', async () => {
    const operator = await signIn(KEMEROVO.operator);
    const before = (await overview(operator, { days: 7 })).data!.supportCentreOverview;
    expect(before.municipalityCode).toBe('01');
    expect(before.days).toHaveLength(7);
    expect(before.days.at(-1)!.day).toBe(today);

    const parent = await signIn('parent2');
    await childWithActiveCertificate(
      parent,
      `overview-${suffix}@example.ru`,
      { lastName: 'Обзорова', firstName: 'Вера', patronymic: 'Петровна', sex: 'FEMALE', age: 9 },
      KEMEROVO,
    );

    const after = (await overview(operator, { days: 7 })).data!.supportCentreOverview;
    const [was, is] = [before.days.at(-1)!, after.days.at(-1)!];
    expect(is).toEqual({ day: today, applications: was.applications + 1, issued: was.issued + 1, activated: was.activated + 1 });
    expect(after.total.issued).toBe(before.total.issued + 1);
    expect(after.total.activated).toBe(before.total.activated + 1);
    expect(after.total.financing + after.total.accounting).toBe(after.total.issued);
    expect(after.groups.reduce((sum, g) => sum + g.issued, 0)).toBe(after.total.issued);
    expect(after.total.groupName).toBe('Все группы');
  });

  it('shows a МОЦ only its own municipality, and the regional admin any', async () => {
    const operator = await signIn('operator01');
    expect(errorCodes(await overview(operator, { code: '07' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await overview(await signIn('finance01'), { code: '01' }))).toEqual(['FORBIDDEN']);
    expect((await overview(await signIn('admin'), { code: '07' })).data!.supportCentreOverview.municipalityCode).toBe('07');
    expect(errorCodes(await overview(operator, { days: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await overview(operator, { days: 1000 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await overview(operator, { code: 'Кемерово' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lays the 34 municipalities side by side for the regional admin, each service answering its part', async () => {
    const admin = await signIn('admin');
    const region = await graphql<{
      regionCertificateOverview: { municipalityCode: string; issued: number; activated: number; activatedPercent: number }[];
      regionMoneyOverview: { municipalityCode: string; financedCertificates: number; enrolledFinancedCertificates: number }[];
      regionProgramOverview: {
        municipalityCode: string;
        programs: number;
        byDirection: { direction: string; programs: number }[];
        byRegistry: { registry: string; programs: number }[];
        seats: number;
        seatsTaken: number;
      }[];
    }>(
      `
        {
          regionCertificateOverview {
            municipalityCode
            issued
            activated
            activatedPercent
          }
          regionMoneyOverview {
            municipalityCode
            financedCertificates
            enrolledFinancedCertificates
            reservedKopecks
            chargedKopecks
            budgetKopecks
            quota
          }
          regionProgramOverview {
            municipalityCode
            programs
            byDirection {
              direction
              programs
            }
            byRegistry {
              registry
              programs
            }
            seats
            seatsTaken
          }
        }
      `,
      {},
      admin,
    );
    expect(region.errors).toBeUndefined();
    const certificates = region.data!.regionCertificateOverview;
    expect(certificates).toHaveLength(34);
    const kemerovo = certificates.find((m) => m.municipalityCode === '01')!;
    expect(kemerovo.activated).toBeGreaterThan(0);
    expect(kemerovo.activatedPercent).toBeCloseTo((kemerovo.activated * 100) / kemerovo.issued, 1);
    for (const money of region.data!.regionMoneyOverview) {
      expect(money.enrolledFinancedCertificates).toBeLessThanOrEqual(money.financedCertificates);
    }
    const programs = region.data!.regionProgramOverview;
    expect(programs.length).toBeGreaterThan(0);
    for (const m of programs) {
      expect(m.byDirection.reduce((sum, d) => sum + d.programs, 0)).toBe(m.programs);
      expect(m.byRegistry.reduce((sum, r) => sum + r.programs, 0)).toBe(m.programs);
      expect(m.seatsTaken).toBeLessThanOrEqual(m.seats);
    }

    for (const login of ['operator', 'finance', 'parent']) {
      const token = await signIn(login);
      for (const query of [
        'regionCertificateOverview { issued }',
        'regionMoneyOverview { quota }',
        'regionProgramOverview { seats }',
      ]) {
        expect(errorCodes(await graphql(`{ ${query} }`, {}, token))).toEqual(['FORBIDDEN']);
      }
    }
  });

  it('forecasts the finance officer budget to the end of the school year', async () => {
    const result = await graphql<{
      municipalityBudget: {
        budgetKopecks: number;
        chargedKopecks: number;
        forecast: { status: string; daysElapsed: number; daysInYear: number; forecastKopecks: number; runsOutOn: string | null };
      };
    }>(
      '{ municipalityBudget(municipalityCode: "07") { budgetKopecks chargedKopecks forecast { status daysElapsed daysInYear forecastKopecks runsOutOn } } }',
      {},
      await signIn('finance'),
    );
    expect(result.errors).toBeUndefined();
    const { forecast, chargedKopecks } = result.data!.municipalityBudget;
    expect([365, 366]).toContain(forecast.daysInYear);
    expect(forecast.daysElapsed).toBeGreaterThan(0);
    expect(forecast.forecastKopecks).toBeGreaterThanOrEqual(chargedKopecks);
    if (forecast.runsOutOn !== null) expect(forecast.runsOutOn > today).toBe(true);
  });
});

describe('overview exports', () => {
  const roubles = (kopecks: number) => kopecks / 100;
  const csvRoubles = (kopecks: number) => (kopecks / 100).toFixed(2).replace('.', ',');
  const shortDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

  it('downloads the МОЦ overview by days and by groups with the figures of its own query', async () => {
    const operator = await signIn(KEMEROVO.operator);
    const params = { municipalityCode: '01', days: '30' };
    const days = await downloadTable('support-centre-days', { ...params, format: 'xlsx' }, operator);
    const groups = await downloadTable('support-centre-groups', { ...params, format: 'csv' }, operator);
    const shown = (await overview(operator, { code: '01', days: 30 })).data!.supportCentreOverview;

    expect(days.status).toBe(200);
    expect(days.fileName).toBe('обзор-по-дням-01.xlsx');
    const dayRows = await xlsxRecords(days.body, 'Заявки и сертификаты по дням');
    // newest first, as the page lists them
    expect(dayRows).toHaveLength(30);
    expect(dayRows.map((row) => (row['День'] as Date).toISOString().slice(0, 10))).toEqual(
      [...shown.days].reverse().map((d) => d.day),
    );
    expect(dayRows.map((row) => [row['Заявок'], row['Выдано'], row['Активировано']])).toEqual(
      [...shown.days].reverse().map((d) => [d.applications, d.issued, d.activated]),
    );

    expect(groups.status).toBe(200);
    expect(groups.fileName).toBe('обзор-по-группам-01.csv');
    expect(groups.contentType).toBe('text/csv; charset=utf-8');
    const { headings, records } = csvRecords(groups.body);
    expect(headings).toEqual([
      'Группа',
      'Выдано',
      'Активировано',
      'Ждут активации',
      'Ждёт дольше всех, дн.',
      'Финансирования',
      'Учёта',
    ]);
    expect(records).toEqual(
      [...shown.groups, shown.total].map((g) => ({
        Группа: g.groupName,
        Выдано: String(g.issued),
        Активировано: String(g.activated),
        'Ждут активации': String(g.waiting),
        'Ждёт дольше всех, дн.': expect.any(String),
        Финансирования: String(g.financing),
        Учёта: String(g.accounting),
      })),
    );
    expect(records.at(-1)!['Группа']).toBe('Все группы');
    expect(records.at(-1)!['Ждёт дольше всех, дн.']).toBe(String(shown.total.oldestWaitingDays ?? ''));

    // the day column of a CSV reads as a Russian date
    const daysCsv = csvRecords((await downloadTable('support-centre-days', { ...params, format: 'csv' }, operator)).body);
    expect(daysCsv.records[0]['День']).toBe(shortDate(today));
  });

  it('refuses the МОЦ overview exports as the overview itself refuses', async () => {
    const operator = await signIn(KEMEROVO.operator);
    const kiselevsk = { municipalityCode: '07', format: 'xlsx' };
    expect(refusalCodes(await downloadTable('support-centre-days', kiselevsk, operator))).toEqual(['FORBIDDEN']);
    const finance = await downloadTable(
      'support-centre-groups',
      { municipalityCode: '01', format: 'csv' },
      await signIn('finance01'),
    );
    expect(finance.status).toBe(403);
    expect(refusalCodes(finance)).toEqual(['FORBIDDEN']);
    expect(JSON.parse(finance.body.toString('utf8')).errors[0].message).toMatch(/^[А-Я]/);
    const parent = await signIn('parent');
    expect(refusalCodes(await downloadTable('support-centre-groups', { municipalityCode: '07', format: 'csv' }, parent))).toEqual(
      ['FORBIDDEN'],
    );
    expect((await downloadTable('support-centre-days', { municipalityCode: '07', format: 'csv' })).status).toBe(401);
    const admin = await signIn('admin');
    expect((await downloadTable('support-centre-days', kiselevsk, admin)).status).toBe(200);
    // bad input: a stable code and a Russian message, never a 500
    const badParams: Record<string, string>[] = [
      { municipalityCode: '01', format: 'pdf' },
      { municipalityCode: 'Кемерово', format: 'csv' },
      { municipalityCode: '01', days: '0', format: 'csv' },
      { municipalityCode: '01', days: 'неделя', format: 'csv' },
    ];
    for (const params of badParams) {
      const refused = await downloadTable('support-centre-days', params, operator);
      expect([refused.status, refusalCodes(refused)]).toEqual([400, ['BAD_USER_INPUT']]);
    }
  });

  it('downloads the region overview as one table joined from three services, as the page joins it', async () => {
    const admin = await signIn('admin');
    const xlsx = await downloadTable('region-overview', { format: 'xlsx' }, admin);
    const csv = await downloadTable('region-overview', { format: 'csv' }, admin);
    const region = await graphql<{
      regionCertificateOverview: {
        municipalityCode: string;
        municipalityName: string;
        issued: number;
        activated: number;
        waiting: number;
      }[];
      regionMoneyOverview: {
        municipalityCode: string;
        quota: number;
        financedCertificates: number;
        enrolledFinancedCertificates: number;
        reservedKopecks: number;
        chargedKopecks: number;
      }[];
      regionProgramOverview: {
        municipalityCode: string;
        programs: number;
        byDirection: { direction: string; programs: number }[];
        seats: number;
        seatsTaken: number;
      }[];
    }>(
      `
        {
          regionCertificateOverview {
            municipalityCode
            municipalityName
            issued
            activated
            waiting
          }
          regionMoneyOverview {
            municipalityCode
            quota
            financedCertificates
            enrolledFinancedCertificates
            reservedKopecks
            chargedKopecks
          }
          regionProgramOverview {
            municipalityCode
            programs
            byDirection {
              direction
              programs
            }
            seats
            seatsTaken
          }
        }
      `,
      {},
      admin,
    );
    expect(region.errors).toBeUndefined();
    const { regionCertificateOverview, regionMoneyOverview, regionProgramOverview } = region.data!;

    expect(xlsx.status).toBe(200);
    expect(xlsx.fileName).toBe('обзор-региона.xlsx');
    const rows = await xlsxRecords(xlsx.body, 'Обзор региона');
    expect(rows).toHaveLength(34);
    expect(Object.keys(rows[0])).toEqual([
      'Код',
      'Муниципалитет',
      'Выдано',
      'Активировано',
      'Активировано, %',
      'Ждут активации',
      'Финансирования: открыто',
      'Квота',
      'Используются (зачислены)',
      'Используются, %',
      'Зарезервировано, руб.',
      'Списано, руб.',
      'Программ',
      'техническая',
      'естественнонаучная',
      'физкультурно-спортивная',
      'художественная',
      'туристско-краеведческая',
      'социально-гуманитарная',
      'сертифицированная',
      'значимая',
      'предпрофессиональная',
      'иная',
      'Мест',
      'Мест занято',
    ]);
    const { records } = csvRecords(csv.body);
    expect(records).toHaveLength(34);
    let withPrograms = 0;
    let withMoney = 0;
    for (const [i, certificates] of regionCertificateOverview.entries()) {
      const code = certificates.municipalityCode;
      const money = regionMoneyOverview.find((m) => m.municipalityCode === code);
      const programs = regionProgramOverview.find((p) => p.municipalityCode === code);
      withMoney += money ? 1 : 0;
      withPrograms += programs ? 1 : 0;
      expect(rows[i]).toMatchObject({
        Код: code,
        Муниципалитет: certificates.municipalityName,
        Выдано: certificates.issued,
        Активировано: certificates.activated,
        'Ждут активации': certificates.waiting,
        'Финансирования: открыто': money?.financedCertificates ?? 0,
        Квота: money?.quota ?? 0,
        'Используются (зачислены)': money?.enrolledFinancedCertificates ?? 0,
        'Зарезервировано, руб.': roubles(money?.reservedKopecks ?? 0),
        'Списано, руб.': roubles(money?.chargedKopecks ?? 0),
        Программ: programs?.programs ?? 0,
        техническая: programs?.byDirection.find((d) => d.direction === 'technical')?.programs ?? 0,
        Мест: programs?.seats ?? 0,
        'Мест занято': programs?.seatsTaken ?? 0,
      });
      expect(records[i]).toMatchObject({
        Код: code,
        Муниципалитет: certificates.municipalityName,
        Выдано: String(certificates.issued),
        'Зарезервировано, руб.': csvRoubles(money?.reservedKopecks ?? 0),
        'Мест занято': String(programs?.seatsTaken ?? 0),
      });
    }
    // the join had something to join: billing and navigator each answered for some municipality
    expect(withMoney).toBeGreaterThan(0);
    expect(withPrograms).toBeGreaterThan(0);
  });

  it('refuses the region overview export to everyone but the regional admin', async () => {
    for (const login of ['operator', 'finance', 'parent', 'provider']) {
      const refused = await downloadTable('region-overview', { format: 'xlsx' }, await signIn(login));
      expect([login, refused.status, refusalCodes(refused)]).toEqual([login, 403, ['FORBIDDEN']]);
    }
    expect((await downloadTable('region-overview', { format: 'xlsx' })).status).toBe(401);
    expect(refusalCodes(await downloadTable('children', { format: 'xlsx' }, await signIn('admin')))).toEqual(['NOT_FOUND']);
  });

  it("downloads the finance officer's budget by months and the normatives, as their pages show them", async () => {
    const finance = await signIn('finance');
    const answer = await graphql<{
      municipalityBudget: { byMonth: { month: string; chargedKopecks: number; coPaymentKopecks: number; charges: number }[] };
      normatives: { groupName: string; amountKopecks: number; quota: number; budgetKopecks: number }[];
      normativeHistory: { newAmountKopecks: number }[];
    }>(
      `
        {
          municipalityBudget(municipalityCode: "07") {
            byMonth {
              month
              chargedKopecks
              coPaymentKopecks
              charges
            }
          }
          normatives(municipalityCode: "07") {
            groupName
            amountKopecks
            quota
            budgetKopecks
          }
          normativeHistory(municipalityCode: "07") {
            newAmountKopecks
          }
        }
      `,
      {},
      finance,
    );
    expect(answer.errors).toBeUndefined();
    const { municipalityBudget, normatives, normativeHistory } = answer.data!;

    const months = csvRecords((await downloadTable('budget-months', { municipalityCode: '07', format: 'csv' }, finance)).body);
    expect(months.records).toEqual(
      municipalityBudget.byMonth.map((m) => ({
        Месяц: m.month,
        'Оплачено сертификатами, руб.': csvRoubles(m.chargedKopecks),
        'Доплаты родителей, руб.': csvRoubles(m.coPaymentKopecks),
        'Оплаченных месяцев обучения': String(m.charges),
      })),
    );

    const current = await xlsxRecords(
      (await downloadTable('normatives', { municipalityCode: '07', format: 'xlsx' }, finance)).body,
      'Действующие нормативы',
    );
    expect(normatives.length).toBeGreaterThan(0);
    expect(current.map((row) => [row['Группа сертификата'], row['Норматив в год, руб.'], row['Сертификатов']])).toEqual(
      normatives.map((n) => [n.groupName, roubles(n.amountKopecks), n.quota]),
    );

    const history = await xlsxRecords(
      (await downloadTable('normative-history', { municipalityCode: '07', format: 'xlsx' }, finance)).body,
      'История изменений нормативов',
    );
    expect(history.map((row) => row['Норматив стал, руб.'])).toEqual(normativeHistory.map((v) => roubles(v.newAmountKopecks)));

    const elsewhere = await signIn('finance01');
    for (const table of ['budget-months', 'normative-history']) {
      expect(refusalCodes(await downloadTable(table, { municipalityCode: '07', format: 'csv' }, elsewhere))).toEqual([
        'FORBIDDEN',
      ]);
    }
  });
});
