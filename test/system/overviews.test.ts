// Issue 14's overviews through the gateway: the МОЦ's own municipality (and only it), the region side by
// side from three services, and the finance page's forecast. A certificate issued and activated here must
// move the figures of today.
import { randomBytes } from 'node:crypto';
import { childWithActiveCertificate, KEMEROVO } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';

const suffix = randomBytes(3).toString('hex');
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' });

type Group = { groupName: string; issued: number; activated: number; waiting: number; financing: number; accounting: number };
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
