import { randomUUID } from 'node:crypto';
import type { Direction, EventData, EventDefinition, EventOf } from '@pdo/events';
import { certificateIssued, certificateStatusChanged, enrollmentAcceptedV2, enrollmentRequested } from '@pdo/events';
import type { DataSource } from 'typeorm';
import { periodStartFor } from '../src/domain/period';
import { onCertificateIssued, onCertificateStatusChanged } from '../src/events/certificate.handler';
import { onEnrollmentAccepted, onEnrollmentRequested } from '../src/events/enrollment.handler';

export const KISELEVSK = '07';
export const NORMATIVE = 1_160_900;

export function envelope<D extends EventDefinition>(
  definition: D,
  aggregateId: string,
  data: EventData<D>,
  occurredAt = new Date(),
): EventOf<D> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: occurredAt.toISOString(),
    aggregateId,
    data: definition.schema.parse(data),
  } as EventOf<D>;
}

/** Sets this period's default-group normative directly, as the demo seed does. */
export async function givenNormative(dataSource: DataSource, periodStart: string, quota: number, municipalityCode = KISELEVSK) {
  await dataSource.query(
    `INSERT INTO normatives (municipality_code, group_name, period_start, amount_kopecks, quota, budget_kopecks)
     VALUES ($1, 'Дети в возрасте от 5 до 18 лет', $2, $3::bigint, $4::int, $3::bigint * $4::int)`,
    [municipalityCode, periodStart, NORMATIVE, quota],
  );
}

let sequence = 0;

/** Noon in Kuzbass on a day: an instant that falls on that day there and in UTC. */
export const kuzbassNoon = (day: string): Date => new Date(`${day}T12:00:00+07:00`);

/** 1 September of the school year running today: when the fixtures' certificates and enrolments begin. */
export const periodOpening = (): Date => kuzbassNoon(periodStartFor(new Date()));

/**
 * Delivers CertificateIssued and then CertificateStatusChanged(active), each in its own transaction like the
 * consumer; the certificate is active from `activatedAt` (by default since the school year began).
 */
export async function givenActiveCertificate(
  dataSource: DataSource,
  municipalityCode = KISELEVSK,
  activatedAt = periodOpening(),
): Promise<string> {
  const certificateId = randomUUID();
  const base = {
    certificateId,
    number: `42${municipalityCode}${String((sequence += 1)).padStart(6, '0')}`,
    childId: randomUUID(),
  };
  await dataSource.transaction((manager) =>
    onCertificateIssued(
      envelope(certificateIssued, certificateId, { ...base, municipalityCode, groupId: randomUUID() }),
      manager,
    ),
  );
  await dataSource.transaction((manager) =>
    onCertificateStatusChanged(
      envelope(certificateStatusChanged, certificateId, { ...base, status: 'active' }, activatedAt),
      manager,
    ),
  );
  return certificateId;
}

export function enrollmentRequest(certificateId: string, monthlyPriceKopecks: number, months: number) {
  const enrollmentId = randomUUID();
  return envelope(enrollmentRequested, enrollmentId, {
    enrollmentId,
    childId: randomUUID(),
    certificateId,
    programId: randomUUID(),
    groupId: randomUUID(),
    providerId: randomUUID(),
    municipalityCode: KISELEVSK,
    monthlyPriceKopecks,
    months,
  });
}

export const requestEnrollment = (dataSource: DataSource, event: EventOf<typeof enrollmentRequested>) =>
  dataSource.transaction((manager) => onEnrollmentRequested(event, manager));

export async function account(dataSource: DataSource, certificateId: string) {
  const [row]: { balance: string; opened: string; reason: string | null; ledger: string; reserved: string }[] =
    await dataSource.query(
      `SELECT a.balance_kopecks AS balance, a.opened_with_kopecks AS opened, a.accounting_only_reason AS reason,
            (SELECT coalesce(sum(amount_kopecks), 0) FROM account_movements m WHERE m.certificate_id = a.certificate_id) AS ledger,
            (SELECT coalesce(-sum(amount_kopecks), 0) FROM account_movements m
              WHERE m.certificate_id = a.certificate_id AND kind IN ('reservation', 'release')) AS reserved
     FROM certificate_accounts a WHERE a.certificate_id = $1`,
      [certificateId],
    );
  return (
    row && {
      balance: Number(row.balance),
      opened: Number(row.opened),
      reason: row.reason,
      ledger: Number(row.ledger),
      reserved: Number(row.reserved),
    }
  );
}

export async function outbox(dataSource: DataSource, type: string): Promise<{ key: string; data: Record<string, unknown> }[]> {
  const rows: { key: string; payload: { data: Record<string, unknown> } }[] = await dataSource.query(
    'SELECT key, payload FROM outbox WHERE type = $1 ORDER BY seq',
    [type],
  );
  return rows.map((row) => ({ key: row.key, data: row.payload.data }));
}

export interface EnrollmentTerms {
  providerId: string;
  monthlyPriceKopecks: number;
  months: number;
  startDate: string;
  endDate: string;
  parentUserId?: string;
  direction?: Direction;
  /** when the provider accepted; by default the group's first day */
  acceptedAt?: Date;
}

/** Requests an enrolment of the certificate (billing reserves the share) and has the provider accept it (v2). */
export async function givenAcceptedEnrollment(dataSource: DataSource, certificateId: string, terms: EnrollmentTerms) {
  const request = enrollmentRequest(certificateId, terms.monthlyPriceKopecks, terms.months);
  const requested = { ...request, data: { ...request.data, providerId: terms.providerId } };
  await requestEnrollment(dataSource, requested);
  const { enrollmentId, childId, programId, groupId } = requested.data;
  const [{ number }]: { number: string }[] = await dataSource.query('SELECT number FROM certificates WHERE certificate_id = $1', [
    certificateId,
  ]);
  const parentUserId = terms.parentUserId ?? randomUUID();
  await dataSource.transaction((manager) =>
    onEnrollmentAccepted(
      envelope(
        enrollmentAcceptedV2,
        enrollmentId,
        {
          enrollmentId,
          childId,
          certificateId,
          certificateNumber: number,
          parentUserId,
          programId,
          programTitle: 'Робототехника',
          programAddress: 'г. Киселевск, ул. Ленина, 1',
          providerId: terms.providerId,
          providerName: 'ДЮЦ «Юность»',
          providerInn: '4211000001',
          groupId,
          daysOfWeek: [2, 4],
          startTime: '16:00',
          endTime: '17:30',
          startDate: terms.startDate,
          endDate: terms.endDate,
          monthlyPriceKopecks: terms.monthlyPriceKopecks,
          months: terms.months,
          certificateShareKopecks: 0,
          coPaymentKopecks: 0,
          ...(terms.direction ? { direction: terms.direction } : {}),
        },
        terms.acceptedAt ?? kuzbassNoon(terms.startDate),
      ),
      manager,
    ),
  );
  return { enrollmentId, childId, parentUserId };
}

/** The ledger invariant of QUALITY.md over every account: the balance is the sum of its movements, never below zero. */
export async function ledgerBreaches(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(`
    SELECT a.certificate_id, a.balance_kopecks, coalesce(sum(m.amount_kopecks), 0) AS ledger
    FROM certificate_accounts a LEFT JOIN account_movements m USING (certificate_id)
    GROUP BY a.certificate_id, a.balance_kopecks
    HAVING a.balance_kopecks <> coalesce(sum(m.amount_kopecks), 0) OR a.balance_kopecks < 0`);
}
