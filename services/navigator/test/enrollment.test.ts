import { randomUUID } from 'node:crypto';
import {
  certificateIssued,
  certificateStatusChanged,
  childChanged,
  childRegistered,
  enrollmentFundsRejected,
  enrollmentFundsReserved,
  type EventData,
  type EventDefinition,
  type EventOf,
} from '@pdo/events';
import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { CertificateStatus } from '../src/domain/enrollment.rules';
import { onCertificateIssued, onCertificateStatusChanged } from '../src/events/certificate.handler';
import { upsertChild } from '../src/events/child.handler';
import { onFundsRejected, onFundsReserved } from '../src/events/funds.handler';
import { navigatorService } from '../src/navigator.service';
import { expireOverdueEnrollments, releaseHeldSeats } from '../src/operations/enrollment.operations';

const PROVIDER = '00000000-0000-4000-8000-0000000000a1';
const OTHER_PROVIDER = '00000000-0000-4000-8000-0000000000a2';
const staff: Partial<Viewer> = { userId: randomUUID(), roles: ['provider_staff'], providerId: PROVIDER };
const otherStaff: Partial<Viewer> = { userId: randomUUID(), roles: ['provider_staff'], providerId: OTHER_PROVIDER };

let db: TestDatabase;
let schema: GraphQLSchema;

const run = <T = Record<string, unknown>>(viewer: Partial<Viewer>, query: string, variables: Record<string, unknown> = {}) =>
  executeAs<T>(schema, db.dataSource, viewer, query, variables);

function envelope<D extends EventDefinition>(
  definition: D,
  aggregateId: string,
  data: EventData<D>,
  occurredAt = new Date().toISOString(),
): EventOf<D> {
  return { id: randomUUID(), type: definition.type, version: definition.version, occurredAt, aggregateId, data } as EventOf<D>;
}
const handle = <E>(handler: (event: E, manager: EntityManager) => Promise<void>, event: E) =>
  db.dataSource.transaction((manager) => handler(event, manager));

beforeAll(async () => {
  db = await createTestDatabase(navigatorService);
  schema = await buildSubgraph(navigatorService.subgraph);
  await db.dataSource.query(
    `INSERT INTO providers (id, name, kind, municipality_code, status) VALUES ($1, 'ДДТ г. Киселевска', 'municipal', '07', 'approved'), ($2, 'ИП Соколова', 'entrepreneur', '07', 'approved')`,
    [PROVIDER, OTHER_PROVIDER],
  );
});
afterAll(() => db.drop());

interface Family {
  parent: Partial<Viewer>;
  childId: string;
  certificateId: string;
}

/** A child of a new parent, known to navigator from identity's event, with a certificate in the given status. */
async function family(birthDate = '2016-03-10', status: CertificateStatus = 'active'): Promise<Family> {
  const parentId = randomUUID();
  const childId = randomUUID();
  const certificateId = randomUUID();
  await db.dataSource.transaction(async (manager) => {
    await upsertChild(
      envelope(childRegistered, childId, {
        childId,
        parentIds: [parentId],
        birthDate,
        municipalityCode: '07',
        attendsSchool: true,
      }),
      manager,
    );
    const number = `4207${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    await onCertificateIssued(
      envelope(
        certificateIssued,
        certificateId,
        { certificateId, number, childId, municipalityCode: '07', groupId: randomUUID() },
        new Date(Date.now() - 1000).toISOString(),
      ),
      manager,
    );
    if (status !== 'inactive')
      await onCertificateStatusChanged(
        envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status }),
        manager,
      );
  });
  return { parent: { userId: parentId, roles: ['parent'] }, childId, certificateId };
}

/** A program (7–14 years, 1 500 ₽ a month, 9 months) with one group starting 1 September 2026. */
async function group(seats = 10, status = 'published'): Promise<{ programId: string; groupId: string }> {
  const [{ id: programId }]: { id: string }[] = await db.dataSource.query(
    `INSERT INTO programs (provider_id, title, description, direction, registry, municipality_code, address, format, min_age, max_age,
                           duration_months, hours, monthly_price_kopecks, status)
     VALUES ($1, 'Робототехника', 'Собираем роботов', 'technical', 'certified', '07', 'г. Киселевск, ул. Ленина, 30', 'in_person', 7, 14, 9, 144, 150000, $2)
     RETURNING id`,
    [PROVIDER, status],
  );
  const [{ id: groupId }]: { id: string }[] = await db.dataSource.query(
    `INSERT INTO program_groups (program_id, provider_id, teacher, days_of_week, start_time, end_time, seats, start_date, end_date)
     VALUES ($1, $2, 'Кузнецов А. П.', '{2,4}', '15:00', '16:30', $3, '2026-09-01', '2027-05-31') RETURNING id`,
    [programId, PROVIDER, seats],
  );
  return { programId, groupId };
}

const REQUEST = `mutation($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id status childId groupId monthlyPriceKopecks months } }`;
const ACCEPT = `mutation($id: ID!) { acceptEnrollment(id: $id) { id status } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineEnrollment(id: $id, reason: $reason) { id status declineReason } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEnrollment(id: $id) { id status endsOn } }`;

interface Requested {
  requestEnrollment: { id: string; status: string };
}

async function request(f: Family, groupId: string, idempotencyKey?: string) {
  return run<Requested>(f.parent, REQUEST, { input: { childId: f.childId, groupId, idempotencyKey, offerAccepted: true } });
}
async function requested(f: Family, groupId: string): Promise<string> {
  const result = await request(f, groupId);
  expect(result.errors).toBeUndefined();
  return result.data!.requestEnrollment.id;
}
const reserve = (enrollmentId: string, certificateShareKopecks = 1_350_000, coPaymentKopecks = 0) =>
  handle(
    onFundsReserved,
    envelope(enrollmentFundsReserved, enrollmentId, { enrollmentId, certificateShareKopecks, coPaymentKopecks }),
  );
async function pending(f: Family, groupId: string): Promise<string> {
  const id = await requested(f, groupId);
  await reserve(id);
  return id;
}

const seatsTaken = async (groupId: string): Promise<number> =>
  (await db.dataSource.query('SELECT seats_taken FROM program_groups WHERE id = $1', [groupId]))[0].seats_taken;
const statusOf = async (id: string): Promise<string> =>
  (await db.dataSource.query('SELECT status FROM enrollments WHERE id = $1', [id]))[0].status;
const outbox = async (type: string, key: string): Promise<Record<string, unknown>[]> =>
  (await db.dataSource.query('SELECT payload FROM outbox WHERE type = $1 AND key = $2 ORDER BY seq', [type, key])).map(
    (r: { payload: { data: Record<string, unknown> } }) => r.payload.data,
  );

describe('requesting an enrolment', () => {
  it('happy path: the seat is held, billing is asked, its reservation reaches the provider, who accepts', async () => {
    const f = await family();
    const { programId, groupId } = await group(10);
    const result = await request(f, groupId);
    expect(result.errors).toBeUndefined();
    const enrollment = result.data!.requestEnrollment;
    expect(enrollment).toMatchObject({
      status: 'awaiting_funds',
      childId: f.childId,
      groupId,
      monthlyPriceKopecks: 150000,
      months: 9,
    });
    expect(await seatsTaken(groupId)).toBe(1);
    expect(await outbox('navigator.EnrollmentRequested', enrollment.id)).toEqual([
      {
        enrollmentId: enrollment.id,
        childId: f.childId,
        certificateId: f.certificateId,
        programId,
        groupId,
        providerId: PROVIDER,
        municipalityCode: '07',
        monthlyPriceKopecks: 150000,
        months: 9,
        payableByCertificate: true,
        parentUserId: f.parent.userId,
        programTitle: 'Робототехника',
        providerName: 'ДДТ г. Киселевска',
        consentMethod: 'offer_accepted',
        consentGivenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);

    await reserve(enrollment.id, 1_000_000, 350_000);
    const inbox = await run<{ providerEnrollments: { id: string; certificateShareKopecks: number; coPaymentKopecks: number }[] }>(
      staff,
      `{ providerEnrollments(status: "pending_provider") { id certificateShareKopecks coPaymentKopecks } }`,
    );
    expect(inbox.data!.providerEnrollments).toContainEqual({
      id: enrollment.id,
      certificateShareKopecks: 1_000_000,
      coPaymentKopecks: 350_000,
    });
    expect((await run(otherStaff, `{ providerEnrollments { id } }`)).data).toEqual({ providerEnrollments: [] });

    expect((await run(otherStaff, ACCEPT, { id: enrollment.id })).errors?.[0]?.code).toBe('FORBIDDEN');
    const accepted = await run(staff, ACCEPT, { id: enrollment.id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ acceptEnrollment: { id: enrollment.id, status: 'accepted' } });
    expect(await seatsTaken(groupId)).toBe(1);
    const [{ number }]: { number: string }[] = await db.dataSource.query('SELECT number FROM certificates WHERE id = $1', [
      f.certificateId,
    ]);
    // Version 2 carries the contract's content: notifications renders the договор from it alone.
    expect(
      await db.dataSource.query(`SELECT version FROM outbox WHERE type = 'navigator.EnrollmentAccepted' AND key = $1`, [
        enrollment.id,
      ]),
    ).toEqual([{ version: 2 }]);
    expect(await outbox('navigator.EnrollmentAccepted', enrollment.id)).toEqual([
      {
        enrollmentId: enrollment.id,
        childId: f.childId,
        certificateId: f.certificateId,
        certificateNumber: number,
        parentUserId: f.parent.userId,
        programId,
        programTitle: 'Робототехника',
        programAddress: 'г. Киселевск, ул. Ленина, 30',
        providerId: PROVIDER,
        providerName: 'ДДТ г. Киселевска',
        providerInn: null,
        groupId,
        daysOfWeek: [2, 4],
        startTime: '15:00',
        endTime: '16:30',
        startDate: '2026-09-01',
        endDate: '2027-05-31',
        monthlyPriceKopecks: 150000,
        months: 9,
        certificateShareKopecks: 1_000_000,
        coPaymentKopecks: 350_000,
        direction: 'technical',
      },
    ]);

    const mine = await run<{ myEnrollments: { id: string; status: string; program: { id: string } }[] }>(
      f.parent,
      `{ myEnrollments { id status program { id } } }`,
    );
    expect(mine.data!.myEnrollments).toEqual([{ id: enrollment.id, status: 'accepted', program: { id: programId } }]);
    const CHILD = `query($id: ID!) { _entities(representations: [{ __typename: "Child", id: $id }]) { ... on Child { enrollments { id status } } } }`;
    type OfChild = { _entities: { enrollments: { id: string; status: string }[] }[] };
    const ofChild = await run<OfChild>(f.parent, CHILD, { id: f.childId });
    expect(ofChild.data!._entities[0]!.enrollments).toEqual([{ id: enrollment.id, status: 'accepted' }]);
    expect((await run<OfChild>(otherStaff, CHILD, { id: f.childId })).data!._entities[0]).toEqual({ enrollments: [] });
    expect((await run({ userId: randomUUID(), roles: ['parent'] }, CHILD, { id: f.childId })).errors?.[0]?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('a repeat with the same idempotency key returns the first request and holds one seat', async () => {
    const f = await family();
    const { groupId } = await group(5);
    const taps = await Promise.all(Array.from({ length: 5 }, () => request(f, groupId, 'tap-1')));
    expect(taps.map((t) => t.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(taps.map((t) => t.data!.requestEnrollment.id)).size).toBe(1);
    expect(await seatsTaken(groupId)).toBe(1);
  });

  describe('refusals: each with its code, writing nothing', () => {
    const counts = async () =>
      (
        await db.dataSource.query(`SELECT (SELECT count(*) FROM enrollments)::int AS e, (SELECT count(*) FROM outbox)::int AS o`)
      )[0];

    async function refused(f: Family, groupId: string, code: string): Promise<string> {
      const before = await counts();
      const seats = await seatsTaken(groupId);
      const result = await request(f, groupId);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.code).toBe(code);
      expect(await counts()).toEqual(before);
      expect(await seatsTaken(groupId)).toBe(seats);
      return result.errors![0]!.message;
    }

    it('AGE_OUT_OF_RANGE: the age on the group’s start date is outside the program’s range', async () => {
      const { groupId } = await group();
      expect(await refused(await family('2019-09-02'), groupId, 'AGE_OUT_OF_RANGE')).toMatch(/от 7 до 14 лет.*6/);
      expect(await refused(await family('2011-09-01'), groupId, 'AGE_OUT_OF_RANGE')).toMatch(/15/);
      expect((await request(await family('2019-09-01'), groupId)).errors).toBeUndefined(); // exactly 7 that day
    });

    it('CERTIFICATE_NOT_ACTIVE: not activated, suspended (saying so) or terminated', async () => {
      const { groupId } = await group();
      expect(await refused(await family(undefined, 'inactive'), groupId, 'CERTIFICATE_NOT_ACTIVE')).toMatch(/не активирован/);
      expect(await refused(await family(undefined, 'suspended'), groupId, 'CERTIFICATE_NOT_ACTIVE')).toMatch(/приостановлено/);
      expect(await refused(await family(undefined, 'terminated'), groupId, 'CERTIFICATE_NOT_ACTIVE')).toMatch(/прекращено/);
    });

    it('PROGRAM_NOT_PUBLISHED', async () => {
      const { groupId } = await group(10, 'on_review');
      await refused(await family(), groupId, 'PROGRAM_NOT_PUBLISHED');
    });

    it('ALREADY_ENROLLED: a live enrolment in the same program, even in another group', async () => {
      const f = await family();
      const { programId, groupId } = await group();
      await requested(f, groupId);
      const [{ id: otherGroup }]: { id: string }[] = await db.dataSource.query(
        `INSERT INTO program_groups (program_id, provider_id, teacher, days_of_week, start_time, end_time, seats, start_date, end_date)
         VALUES ($1, $2, 'Кузнецов А. П.', '{6}', '10:00', '12:00', 10, '2026-09-01', '2027-05-31') RETURNING id`,
        [programId, PROVIDER],
      );
      await refused(f, groupId, 'ALREADY_ENROLLED');
      await refused(f, otherGroup, 'ALREADY_ENROLLED');
    });

    it('NO_SEATS_LEFT', async () => {
      const { groupId } = await group(1);
      await requested(await family(), groupId);
      await refused(await family(), groupId, 'NO_SEATS_LEFT');
    });

    it('NO_SEATS_LEFT for a full group is answered while a winner still holds the group’s row', async () => {
      const { groupId } = await group(1);
      await requested(await family(), groupId);
      const winner = db.dataSource.createQueryRunner();
      await winner.startTransaction();
      try {
        await winner.query('SELECT 1 FROM program_groups WHERE id = $1 FOR NO KEY UPDATE', [groupId]);
        const blocked = new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 10_000).unref());
        const answer = await Promise.race([refused(await family(), groupId, 'NO_SEATS_LEFT'), blocked]);
        expect(answer).not.toBe('blocked');
      } finally {
        await winner.rollbackTransaction();
        await winner.release();
      }
    });

    it('only a parent of the child, and only valid ids', async () => {
      const f = await family();
      const { groupId } = await group();
      const stranger = await run(staff, REQUEST, { input: { childId: f.childId, groupId, offerAccepted: true } });
      expect(stranger.errors?.[0]?.code).toBe('FORBIDDEN');
      const otherParent = await run({ userId: randomUUID(), roles: ['parent'] }, REQUEST, {
        input: { childId: f.childId, groupId, offerAccepted: true },
      });
      expect(otherParent.errors?.[0]?.code).toBe('FORBIDDEN');
      const bad = await run(f.parent, REQUEST, { input: { childId: 'nope', groupId, offerAccepted: true } });
      expect(bad.errors?.[0]?.code).toBe('BAD_USER_INPUT');
      const unaccepted = await run(f.parent, REQUEST, { input: { childId: f.childId, groupId, offerAccepted: false } });
      expect(unaccepted.errors?.[0]?.code).toBe('BAD_USER_INPUT');
      expect(await seatsTaken(groupId)).toBe(0);
    });
  });

  it('two requests for one child into two groups of a program at once: the database lets one through', async () => {
    const f = await family();
    const { programId, groupId } = await group();
    const [{ id: otherGroup }]: { id: string }[] = await db.dataSource.query(
      `INSERT INTO program_groups (program_id, provider_id, teacher, days_of_week, start_time, end_time, seats, start_date, end_date)
       VALUES ($1, $2, 'Кузнецов А. П.', '{6}', '10:00', '12:00', 10, '2026-09-01', '2027-05-31') RETURNING id`,
      [programId, PROVIDER],
    );
    const results = await Promise.all([request(f, groupId), request(f, otherGroup), request(f, groupId), request(f, otherGroup)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.code)).toEqual([
      'ALREADY_ENROLLED',
      'ALREADY_ENROLLED',
      'ALREADY_ENROLLED',
    ]);
    expect((await seatsTaken(groupId)) + (await seatsTaken(otherGroup))).toBe(1);
  });

  it('300 parents at once for 10 seats: exactly 10 enrolments, never oversold, every refusal NO_SEATS_LEFT', async () => {
    const { groupId } = await group(10);
    const families = await Promise.all(Array.from({ length: 300 }, () => family()));
    const results = await Promise.all(families.map((f) => request(f, groupId)));
    const succeeded = results.filter((r) => !r.errors);
    const refusals = results.filter((r) => r.errors).map((r) => r.errors![0]!.code);
    expect(succeeded).toHaveLength(10);
    expect(refusals).toHaveLength(290);
    expect(new Set(refusals)).toEqual(new Set(['NO_SEATS_LEFT']));
    expect(await seatsTaken(groupId)).toBe(10);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM enrollments WHERE group_id = $1 AND status IN ('awaiting_funds', 'pending_provider', 'accepted')`,
      [groupId],
    );
    expect(n).toBe(10);
  }, 60_000);
});

describe('after the request', () => {
  it('the provider declines with a reason: the seat is freed and billing told', async () => {
    const f = await family();
    const { groupId } = await group();
    const id = await pending(f, groupId);
    expect((await run(staff, DECLINE, { id, reason: '  ' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
    const declined = await run(staff, DECLINE, { id, reason: 'Группа переведена на другое время' });
    expect(declined.data).toEqual({
      declineEnrollment: { id, status: 'declined', declineReason: 'Группа переведена на другое время' },
    });
    expect(await seatsTaken(groupId)).toBe(0);
    expect(await outbox('navigator.EnrollmentDeclined', id)).toEqual([
      {
        enrollmentId: id,
        childId: f.childId,
        certificateId: f.certificateId,
        reason: 'Группа переведена на другое время',
        cause: 'declined',
        parentUserId: f.parent.userId,
        providerId: PROVIDER,
        wasAccepted: false,
        certificateNumber: expect.stringMatching(/^4207\d{6}$/),
        programTitle: 'Робототехника',
        providerName: 'ДДТ г. Киселевска',
        providerEmail: null,
      },
    ]);
    expect((await run(staff, ACCEPT, { id })).errors?.[0]?.code).toBe('INVALID_ENROLLMENT_STATUS');
    expect(await seatsTaken(groupId)).toBe(0);
  });

  it('a parent withdraws an accepted enrolment: it ends from the first of next month, billing told, the seat held until then', async () => {
    const f = await family();
    const { groupId } = await group();
    const id = await pending(f, groupId);
    await run(staff, ACCEPT, { id });
    expect((await run({ userId: randomUUID(), roles: ['parent'] }, WITHDRAW, { id })).errors?.[0]?.code).toBe('FORBIDDEN');
    const withdrawn = await run<{ withdrawEnrollment: { status: string; endsOn: string } }>(f.parent, WITHDRAW, { id });
    expect(withdrawn.errors).toBeUndefined();
    const nextMonth = new Date(Date.now() + 7 * 3600_000);
    const endsOn = new Date(Date.UTC(nextMonth.getUTCFullYear(), nextMonth.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    expect(withdrawn.data!.withdrawEnrollment).toEqual({ id, status: 'withdrawn', endsOn });
    expect(await outbox('navigator.EnrollmentCancelled', id)).toEqual([
      expect.objectContaining({
        enrollmentId: id,
        childId: f.childId,
        certificateId: f.certificateId,
        reason: 'Родитель отозвал заявку',
        cause: 'withdrawn',
        wasAccepted: true,
        programTitle: 'Робототехника',
        endsOn,
      }),
    ]);
    const mine = await run<{ myEnrollments: { status: string; endsOn: string }[] }>(
      f.parent,
      `{ myEnrollments { status endsOn } }`,
    );
    expect(mine.data!.myEnrollments).toEqual([{ status: 'withdrawn', endsOn }]);
    expect((await run(f.parent, WITHDRAW, { id })).errors?.[0]?.code).toBe('INVALID_ENROLLMENT_STATUS');

    // the child attends until the end of the month: the seat stays taken until then, and is given back once
    expect(await seatsTaken(groupId)).toBe(1);
    await releaseHeldSeats(db.dataSource, new Date());
    expect(await seatsTaken(groupId)).toBe(1);
    const lastEvening = new Date(`${endsOn}T00:00:00+07:00`).getTime() - 60_000;
    await releaseHeldSeats(db.dataSource, new Date(lastEvening));
    expect(await seatsTaken(groupId)).toBe(1);
    const endDay = new Date(`${endsOn}T00:00:00+07:00`);
    expect(await releaseHeldSeats(db.dataSource, endDay)).toBeGreaterThanOrEqual(1);
    expect(await seatsTaken(groupId)).toBe(0);
    await releaseHeldSeats(db.dataSource, endDay);
    expect(await seatsTaken(groupId)).toBe(0);
    expect((await request(f, groupId)).errors).toBeUndefined(); // may enrol again
  });

  it('a request withdrawn before the provider accepted gives its seat back at once', async () => {
    const f = await family();
    const { groupId } = await group();
    const id = await pending(f, groupId);
    expect((await run(f.parent, WITHDRAW, { id })).errors).toBeUndefined();
    expect(await seatsTaken(groupId)).toBe(0);
    expect(await db.dataSource.query('SELECT seat_held_until FROM enrollments WHERE id = $1', [id])).toEqual([
      { seat_held_until: null },
    ]);
  });

  it('billing’s refusal ends the request with its code and frees the seat; a redelivered answer changes nothing', async () => {
    const f = await family();
    const { groupId } = await group();
    const id = await requested(f, groupId);
    const rejection = envelope(enrollmentFundsRejected, id, { enrollmentId: id, code: 'QUOTA_EXHAUSTED' });
    await handle(onFundsRejected, rejection);
    expect(await statusOf(id)).toBe('rejected');
    expect(await seatsTaken(groupId)).toBe(0);
    await handle(onFundsRejected, { ...rejection, id: randomUUID() });
    await reserve(id);
    expect(await statusOf(id)).toBe('rejected');
    expect(await seatsTaken(groupId)).toBe(0);
    const mine = await run<{ myEnrollments: { rejectionCode: string; rejectionMessage: string }[] }>(
      f.parent,
      `{ myEnrollments { rejectionCode rejectionMessage } }`,
    );
    expect(mine.data!.myEnrollments[0]).toEqual({
      rejectionCode: 'QUOTA_EXHAUSTED',
      rejectionMessage: expect.stringMatching(/исчерпал/),
    });
  });

  it('a redelivered reservation changes neither the shares nor an answered request', async () => {
    const f = await family();
    const { groupId } = await group();
    const id = await requested(f, groupId);
    await reserve(id, 1_000_000, 350_000);
    await reserve(id, 1, 1);
    await run(staff, ACCEPT, { id });
    await reserve(id, 2, 2);
    await handle(onFundsRejected, envelope(enrollmentFundsRejected, id, { enrollmentId: id, code: 'CERTIFICATE_NOT_ACTIVE' }));
    const [row] = await db.dataSource.query(
      'SELECT status, certificate_share_kopecks::int AS share, co_payment_kopecks::int AS co FROM enrollments WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'accepted', share: 1_000_000, co: 350_000 });
    expect(await seatsTaken(groupId)).toBe(1);
  });

  it('a request unanswered for 3 working days expires, freeing its seat; a younger one stays', async () => {
    const { groupId } = await group();
    const overdueFamily = await family();
    const freshFamily = await family();
    const overdue = await pending(overdueFamily, groupId);
    const fresh = await pending(freshFamily, groupId);
    // Received Wednesday 18 Nov 2026 10:00 in Kemerovo: due by the end of Monday 23 Nov.
    await db.dataSource.query(`UPDATE enrollments SET pending_since = '2026-11-18T03:00:00Z' WHERE id = $1`, [overdue]);
    await db.dataSource.query(`UPDATE enrollments SET pending_since = '2026-11-20T03:00:00Z' WHERE id = $1`, [fresh]);

    expect(await expireOverdueEnrollments(db.dataSource, new Date('2026-11-23T16:59:00Z'), 3)).toEqual([]);
    expect(await expireOverdueEnrollments(db.dataSource, new Date('2026-11-23T17:00:00Z'), 3)).toEqual([overdue]);
    expect(await statusOf(overdue)).toBe('expired');
    expect(await statusOf(fresh)).toBe('pending_provider');
    expect(await seatsTaken(groupId)).toBe(1);
    expect(await outbox('navigator.EnrollmentCancelled', overdue)).toEqual([
      {
        enrollmentId: overdue,
        childId: overdueFamily.childId,
        certificateId: overdueFamily.certificateId,
        reason: 'Организация не ответила на заявку в срок',
        cause: 'expired',
        parentUserId: overdueFamily.parent.userId,
        certificateNumber: expect.stringMatching(/^4207\d{6}$/),
        programTitle: 'Робототехника',
        providerId: PROVIDER,
        providerName: 'ДДТ г. Киселевска',
        providerEmail: null,
        wasAccepted: false,
      },
    ]);
    expect(await expireOverdueEnrollments(db.dataSource, new Date('2026-11-23T17:00:00Z'), 3)).toEqual([]);
    expect(await seatsTaken(groupId)).toBe(1);
  });
});

describe('read models', () => {
  const certificateStatus = async (id: string) =>
    (await db.dataSource.query('SELECT status, municipality_code FROM certificates WHERE id = $1', [id]))[0];

  it('a certificate’s newest status wins, whatever order the events arrive in', async () => {
    const certificateId = randomUUID();
    const childId = randomUUID();
    const number = '4207000001';
    const at = (minute: number) => `2026-11-20T10:0${minute}:00.000Z`;
    await handle(
      onCertificateStatusChanged,
      envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'active' }, at(2)),
    );
    await handle(
      onCertificateIssued,
      envelope(
        certificateIssued,
        certificateId,
        { certificateId, number, childId, municipalityCode: '07', groupId: randomUUID() },
        at(1),
      ),
    );
    expect(await certificateStatus(certificateId)).toEqual({ status: 'active', municipality_code: '07' });
    await handle(
      onCertificateStatusChanged,
      envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'suspended' }, at(4)),
    );
    await handle(
      onCertificateStatusChanged,
      envelope(certificateStatusChanged, certificateId, { certificateId, number, childId, status: 'active' }, at(3)),
    );
    expect(await certificateStatus(certificateId)).toEqual({ status: 'suspended', municipality_code: '07' });
  });

  it('a child’s later change (a second parent) lets that parent enrol; an older event arriving late does not undo it', async () => {
    const f = await family();
    const { groupId } = await group();
    const secondParent = randomUUID();
    const data = {
      childId: f.childId,
      parentIds: [f.parent.userId!, secondParent],
      birthDate: '2016-03-10',
      municipalityCode: '07',
      attendsSchool: true,
    };
    await handle(upsertChild, envelope(childChanged, f.childId, data, new Date(Date.now() + 60_000).toISOString()));
    await handle(upsertChild, envelope(childRegistered, f.childId, { ...data, parentIds: [f.parent.userId!] }));
    const result = await run<Requested>({ userId: secondParent, roles: ['parent'] }, REQUEST, {
      input: { childId: f.childId, groupId, offerAccepted: true },
    });
    expect(result.errors).toBeUndefined();
  });
});

describe('staff enter an enrolment for a parent, with the consent recorded', () => {
  const ON_BEHALF = `mutation($input: StaffEnrollmentInput!) {
    enrollOnBehalf(input: $input) {
      id status parentUserId requestedBy consent { method methodLabel givenAt document recordedBy }
    } }`;
  type OnBehalf = {
    enrollOnBehalf: {
      id: string;
      status: string;
      parentUserId: string;
      requestedBy: string;
      consent: { method: string; methodLabel: string; givenAt: string; document: string | null; recordedBy: string } | null;
    };
  };
  const operator07: Partial<Viewer> = { userId: randomUUID(), roles: ['operator'], municipalityCode: '07' };
  const operator01: Partial<Viewer> = { userId: randomUUID(), roles: ['operator'], municipalityCode: '01' };
  const input = (f: Family, groupId: string, patch: Record<string, unknown> = {}) => ({
    childId: f.childId,
    groupId,
    parentUserId: f.parent.userId,
    consentMethod: 'written',
    consentGivenAt: new Date(Date.now() - 3_600_000).toISOString(),
    consentDocument: 'Заявление № 17 от родителя',
    ...patch,
  });

  it('an operator of the child’s municipality enrols: the enrolment is the parent’s, the consent kept with who, when and how', async () => {
    const f = await family();
    const { groupId } = await group(10);
    const givenAt = new Date(Date.now() - 3_600_000).toISOString();
    const result = await run<OnBehalf>(operator07, ON_BEHALF, { input: input(f, groupId, { consentGivenAt: givenAt }) });
    expect(result.errors).toBeUndefined();
    const enrollment = result.data!.enrollOnBehalf;
    expect(enrollment).toMatchObject({
      status: 'awaiting_funds',
      parentUserId: f.parent.userId,
      requestedBy: operator07.userId,
      consent: {
        method: 'written',
        methodLabel: 'письменное заявление родителя',
        givenAt,
        document: 'Заявление № 17 от родителя',
        recordedBy: operator07.userId,
      },
    });
    expect(await seatsTaken(groupId)).toBe(1);
    // the parent's «заявка получена» letter tells them it was entered for them, on what consent
    expect(await outbox('navigator.EnrollmentRequested', enrollment.id)).toEqual([
      expect.objectContaining({ parentUserId: f.parent.userId, consentMethod: 'written', consentGivenAt: givenAt }),
    ]);

    // The parent sees it among their own, and the contract goes to the parent, not to the operator.
    const mine = await run<{ myEnrollments: { id: string }[] }>(f.parent, `{ myEnrollments { id } }`);
    expect(mine.data!.myEnrollments).toEqual([{ id: enrollment.id }]);
    await reserve(enrollment.id);
    expect((await run(staff, ACCEPT, { id: enrollment.id })).errors).toBeUndefined();
    expect(await outbox('navigator.EnrollmentAccepted', enrollment.id)).toEqual([
      expect.objectContaining({ parentUserId: f.parent.userId }),
    ]);
    // A parent applying themselves consents by accepting the contract offer, and that is what is recorded.
    const own = await run<{ requestEnrollment: { id: string } }>(f.parent, REQUEST, {
      input: { childId: f.childId, groupId: (await group()).groupId, offerAccepted: true },
    });
    const [row] = await db.dataSource.query(
      'SELECT parent_user_id, requested_by, consent_method, consent_given_at IS NOT NULL AS dated FROM enrollments WHERE id = $1',
      [own.data!.requestEnrollment.id],
    );
    expect(row).toEqual({
      parent_user_id: f.parent.userId,
      requested_by: f.parent.userId,
      consent_method: 'offer_accepted',
      dated: true,
    });
    expect(await outbox('navigator.EnrollmentRequested', own.data!.requestEnrollment.id)).toEqual([
      expect.objectContaining({ consentMethod: 'offer_accepted' }),
    ]);
  });

  it('staff of the program’s provider may enrol too; other providers and other municipalities may not', async () => {
    const f = await family();
    const { groupId } = await group(10);
    expect((await run(operator01, ON_BEHALF, { input: input(f, groupId) })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await run(otherStaff, ON_BEHALF, { input: input(f, groupId) })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await run(f.parent, ON_BEHALF, { input: input(f, groupId) })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect(await seatsTaken(groupId)).toBe(0);
    const byProvider = await run<OnBehalf>(staff, ON_BEHALF, { input: input(f, groupId, { consentMethod: 'in_person' }) });
    expect(byProvider.errors).toBeUndefined();
    expect(byProvider.data!.enrollOnBehalf.consent).toMatchObject({ method: 'in_person', recordedBy: staff.userId });
  });

  it('refuses a stranger as the parent, a consent from the future or too old, and a made-up method, writing nothing', async () => {
    const f = await family();
    const { groupId } = await group(10);
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM enrollments');
    const refusal = async (patch: Record<string, unknown>) =>
      (await run(operator07, ON_BEHALF, { input: input(f, groupId, patch) })).errors?.[0];
    expect(await refusal({ parentUserId: randomUUID() })).toMatchObject({ code: 'NOT_PARENT_OF_CHILD' });
    expect(await refusal({ consentGivenAt: new Date(Date.now() + 86_400_000).toISOString() })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Согласие родителя не может быть дано в будущем. Проверьте дату и время.',
    });
    expect(await refusal({ consentGivenAt: new Date(Date.now() - 31 * 86_400_000).toISOString() })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Согласие родителя старше 30 дней. Получите у родителя новое согласие на запись.',
    });
    expect(await refusal({ consentGivenAt: '21.11.2026' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal({ consentMethod: 'phone' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM enrollments')).toEqual(before);
    expect(await seatsTaken(groupId)).toBe(0);
  });

  it('the database refuses an enrolment entered for someone else without a consent', async () => {
    const f = await family();
    const { programId, groupId } = await group(10);
    await expect(
      db.dataSource.query(
        `INSERT INTO enrollments (id, child_id, certificate_id, program_id, group_id, provider_id, requested_by, parent_user_id,
                                  status, monthly_price_kopecks, months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'awaiting_funds', 150000, 9)`,
        [randomUUID(), f.childId, f.certificateId, programId, groupId, PROVIDER, operator07.userId, f.parent.userId],
      ),
    ).rejects.toMatchObject({ constraint: 'enrollments_parent_consent_check' });
  });
});
