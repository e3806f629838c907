import { createTestDatabase, type TestDatabase } from '@pdo/service-kit/testing';
import { billingService } from '../src/billing.service';
import { periodStartFor } from '../src/domain/period';
import { rollOverPeriod } from '../src/operations/period-rollover.operations';
import {
  account,
  enrollmentRequest,
  givenActiveCertificate,
  givenNormative,
  ledgerBreaches,
  NORMATIVE,
  outbox,
  requestEnrollment,
} from './billing.fixture';

describe('a new school year', () => {
  let db: TestDatabase;
  const period = periodStartFor(new Date());
  const next = `${Number(period.slice(0, 4)) + 1}-09-01`;

  beforeAll(async () => {
    db = await createTestDatabase(billingService);
    await givenNormative(db.dataSource, period, 10);
    await givenNormative(db.dataSource, period, 10, '08');
  });
  afterAll(() => db.drop());

  it('closes what was left unused, opens every financing certificate with the new normative within the quota, once', async () => {
    const spent = await givenActiveCertificate(db.dataSource);
    const request = enrollmentRequest(spent, 100_000, 3);
    await requestEnrollment(db.dataSource, request);
    const untouched = await givenActiveCertificate(db.dataSource);
    const third = await givenActiveCertificate(db.dataSource);
    const waiting = await givenActiveCertificate(db.dataSource, '08');
    const newNormative = NORMATIVE + 100_000;
    await db.dataSource.query(
      `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
       VALUES ('07', 'Дети в возрасте от 5 до 18 лет', $1, $2::bigint, 2, $2::bigint * 10)`,
      [next, newNormative],
    );

    const opened = await db.dataSource.transaction((manager) => rollOverPeriod(manager, next));
    expect(opened).toEqual({ periodStart: next, financed: 2, accountingOnly: 1 });
    // the two opened first keep financing; the third finds the quota of 2 spent
    expect(await account(db.dataSource, spent)).toMatchObject({ balance: newNormative, reserved: 300_000 });
    expect(await account(db.dataSource, untouched)).toMatchObject({ balance: newNormative, opened: newNormative });
    expect(await account(db.dataSource, third)).toMatchObject({ balance: 0, reason: 'QUOTA_EXHAUSTED' });
    // Краснобродский has not set next year's normative: its certificate keeps this year's account for now
    expect(await account(db.dataSource, waiting)).toMatchObject({ balance: NORMATIVE, opened: NORMATIVE });
    const closes: { amount: string }[] = await db.dataSource.query(
      `SELECT amount_kopecks AS amount FROM account_movements WHERE certificate_id = $1 AND kind = 'period_close'`,
      [untouched],
    );
    expect(closes.map((c) => Number(c.amount))).toEqual([-NORMATIVE]);
    const events = (await outbox(db.dataSource, 'billing.CertificateAccountOpened')).filter((e) => e.data.periodStart === next);
    expect(events.map((e) => e.key).sort()).toEqual([spent, untouched].sort());
    expect((await outbox(db.dataSource, 'billing.CertificateAccountingOnly')).map((e) => e.data)).toEqual([
      { certificateId: third, periodStart: next, reason: 'QUOTA_EXHAUSTED' },
    ]);

    expect(await db.dataSource.transaction((manager) => rollOverPeriod(manager, next))).toBeNull();
    expect(await ledgerBreaches(db.dataSource)).toEqual([]);
  });

  it('leaves a municipality without the new normative in the old year until the normative is set', async () => {
    const [{ id }]: { id: string }[] = await db.dataSource.query(
      `SELECT certificate_id AS id FROM certificates WHERE municipality_code = '08'`,
    );
    const periodOf = async () =>
      (
        (await db.dataSource.query('SELECT period_start::text AS p FROM certificate_accounts WHERE certificate_id = $1', [
          id,
        ])) as {
          p: string;
        }[]
      )[0]!.p;
    expect(await periodOf()).toBe(period);
    await db.dataSource.query(
      `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
       VALUES ('08', 'Дети в возрасте от 5 до 18 лет', $1, 900000, 10, 9000000)`,
      [next],
    );
    expect(await db.dataSource.transaction((manager) => rollOverPeriod(manager, next, '08'))).toEqual({
      periodStart: next,
      financed: 1,
      accountingOnly: 0,
    });
    expect(await periodOf()).toBe(next);
    expect(await account(db.dataSource, id)).toMatchObject({ balance: 900_000, opened: 900_000 });
  });
});
