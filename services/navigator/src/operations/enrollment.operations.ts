import { randomUUID } from 'node:crypto';
import {
  enrollmentAcceptedV2,
  enrollmentCancelled,
  enrollmentDeclined,
  enrollmentRequested,
  publish,
  type Direction,
  type EnrollmentEndCause,
  type EventData,
} from '@pdo/events';
import { DomainError, forbidden, isUniqueViolation, kuzbassDate, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { isReviewerFor, isStaffOf } from '../domain/access.rules';
import { OFFER_ACCEPTED, type ConsentMethod } from '../domain/consent.rules';
import {
  checkAge,
  checkCertificate,
  liveStatuses,
  releasesSeat,
  transition,
  type EnrollmentAction,
} from '../domain/enrollment.rules';
import { firstDayOfNextMonth, responseDeadline } from '../domain/working-days';
import { CertificateEntity } from '../entities/certificate.entity';
import { ChildEntity } from '../entities/child.entity';
import { EnrollmentEntity } from '../entities/enrollment.entity';
import { ProgramGroupEntity } from '../entities/program-group.entity';
import { ProgramEntity } from '../entities/program.entity';

const LIVE_ENROLMENT_INDEX = 'enrollments_live_child_program_uq';

const alreadyEnrolled = () =>
  new DomainError('ALREADY_ENROLLED', 'Ребёнок уже записан на эту программу или заявка на неё ещё рассматривается.');

const noSeatsLeft = () =>
  new DomainError('NO_SEATS_LEFT', 'В этой группе не осталось свободных мест. Выберите другую группу или программу.');

export const isParentOf = (viewer: Viewer, child: ChildEntity) =>
  viewer.userId !== null && child.parentIds.includes(viewer.userId);

/** The child as navigator knows it, readable only by the child's parents. */
export async function childOfParent(manager: EntityManager, viewer: Viewer, childId: string): Promise<ChildEntity> {
  const child = await manager.findOneBy(ChildEntity, { id: childId });
  if (!child) throw notFound('Ребёнок не найден. Если вы только что добавили его, подождите минуту и попробуйте снова.');
  if (!isParentOf(viewer, child)) throw forbidden('Записывать ребёнка и отзывать заявки может только его родитель.');
  return child;
}

export const findEnrollmentForUpdate = (manager: EntityManager, id: string) =>
  manager.findOne(EnrollmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });

export async function lockEnrollment(manager: EntityManager, id: string): Promise<EnrollmentEntity> {
  const enrollment = await findEnrollmentForUpdate(manager, id);
  if (!enrollment) throw notFound('Заявка на запись не найдена.');
  return enrollment;
}

/** The live (not terminated) certificate of the child, if any. */
const liveCertificate = (manager: EntityManager, childId: string) =>
  manager
    .createQueryBuilder(CertificateEntity, 'c')
    .where('c.child_id = :childId', { childId })
    .orderBy(`c.status = 'terminated'`, 'ASC')
    .addOrderBy('c.status_occurred_at', 'DESC')
    .getOne();

async function previousRequest(
  dataSource: DataSource,
  requestedBy: string,
  key: string | null,
): Promise<EnrollmentEntity | null> {
  return key === null ? null : dataSource.getRepository(EnrollmentEntity).findOneBy({ requestedBy, idempotencyKey: key });
}

export interface EnrollmentRequest {
  childId: string;
  groupId: string;
  idempotencyKey: string | null;
}

/** How and when the parent agreed: to staff entering the application for them, or to the contract offer. */
export interface ParentConsent {
  method: ConsentMethod;
  givenAt: Date;
  document: string | null;
}

export interface StaffEnrollmentRequest extends EnrollmentRequest {
  parentUserId: string;
  consent: ParentConsent;
}

/** Who an enrolment is for, and the parent's consent. */
interface Applicant {
  parentUserId: string;
  consent: ParentConsent;
}

/** Finds the child and checks the requester may enrol it into this program. */
type ChildCheck = (manager: EntityManager, program: ProgramEntity) => Promise<ChildEntity>;

/** A parent asks for a seat for their own child, having accepted the program's contract offer just now. */
export function requestEnrollment(dataSource: DataSource, viewer: Viewer, request: EnrollmentRequest): Promise<EnrollmentEntity> {
  const parentUserId = viewer.userId;
  if (!parentUserId) throw forbidden();
  const consent: ParentConsent = { method: OFFER_ACCEPTED, givenAt: new Date(), document: null };
  return submit(dataSource, parentUserId, request, { parentUserId, consent }, (manager) =>
    childOfParent(manager, viewer, request.childId),
  );
}

/**
 * Staff enter the application for a parent who consented: an operator of the child's municipality (or the
 * regional admin), or staff of the provider that runs the program. The parent must be the child's parent.
 */
export function enrollOnBehalf(
  dataSource: DataSource,
  viewer: Viewer,
  request: StaffEnrollmentRequest,
): Promise<EnrollmentEntity> {
  const staffId = viewer.userId;
  if (!staffId) throw forbidden();
  const applicant = { parentUserId: request.parentUserId, consent: request.consent };
  return submit(dataSource, staffId, request, applicant, async (manager, program) => {
    const child = await manager.findOneBy(ChildEntity, { id: request.childId });
    if (!child) throw notFound('Ребёнок не найден. Если его только что добавили, подождите минуту и попробуйте снова.');
    if (!isReviewerFor(viewer, child.municipalityCode) && !isStaffOf(viewer, program.providerId)) {
      throw forbidden(
        'Записать ребёнка за родителя может сотрудник МОЦ муниципалитета ребёнка или организации, которая ведёт программу.',
      );
    }
    if (!child.parentIds.includes(request.parentUserId)) {
      throw new DomainError('NOT_PARENT_OF_CHILD', 'Указанный родитель не записан законным представителем этого ребёнка.', {
        field: 'parentUserId',
      });
    }
    return child;
  });
}

/**
 * Every rule is checked, the enrolment recorded and billing asked to reserve money, and only then the seat
 * is taken by a conditional UPDATE, all in one transaction: the group is never oversold however many ask
 * at once, and its row is locked only from that last statement to the commit, so a crowd on one popular
 * group waits for a seat briefly, not behind each other's whole request. A group already seen full is
 * refused by one plain read before any transaction, without queueing for its row or for a connection
 * behind the requests still being checked. A repeat with the same idempotency key returns
 * the first request.
 */
async function submit(
  dataSource: DataSource,
  requestedBy: string,
  request: EnrollmentRequest,
  applicant: Applicant,
  checkChild: ChildCheck,
): Promise<EnrollmentEntity> {
  const { earlierId, full } = await firstLook(dataSource, requestedBy, request);
  if (earlierId) return dataSource.getRepository(EnrollmentEntity).findOneByOrFail({ id: earlierId });
  // Seats left are public (every group shows them), so a full group is refused before anything else. The
  // same snapshot saw no earlier request with this key, so this is the answer the first one would get.
  if (full) throw noSeatsLeft();
  try {
    return await dataSource.transaction((manager) => enrol(manager, requestedBy, request, applicant, checkChild));
  } catch (error) {
    // A repeat racing the first request fails on what the first just took (its seat, the live enrolment, the key): the first is the answer.
    const first = await previousRequest(dataSource, requestedBy, request.idempotencyKey);
    if (first) return first;
    if (isUniqueViolation(error, LIVE_ENROLMENT_INDEX)) throw alreadyEnrolled();
    throw error;
  }
}

/** In one read: the enrolment an earlier request with the same key made, and whether the group is full. */
async function firstLook(
  dataSource: DataSource,
  requestedBy: string,
  request: EnrollmentRequest,
): Promise<{ earlierId: string | null; full: boolean }> {
  const [row]: { earlier_id: string | null; full: boolean | null }[] = await dataSource.query(
    `SELECT (SELECT id FROM enrollments WHERE requested_by = $1 AND idempotency_key = $2) AS earlier_id,
            (SELECT seats_taken >= seats FROM program_groups WHERE id = $3) AS full`,
    [requestedBy, request.idempotencyKey, request.groupId],
  );
  return { earlierId: row?.earlier_id ?? null, full: row?.full === true };
}

async function enrol(
  manager: EntityManager,
  requestedBy: string,
  request: EnrollmentRequest,
  applicant: Applicant,
  checkChild: ChildCheck,
): Promise<EnrollmentEntity> {
  const group = await manager.findOneBy(ProgramGroupEntity, { id: request.groupId });
  if (!group) throw notFound('Группа не найдена.');
  const program = await manager.findOneByOrFail(ProgramEntity, { id: group.programId });
  const child = await checkChild(manager, program);

  if (program.status !== 'published') {
    throw new DomainError('PROGRAM_NOT_PUBLISHED', 'Программа сейчас не принимает заявок: она не опубликована в навигаторе.');
  }
  checkAge(child.birthDate, group.startDate, program.minAge, program.maxAge);
  const certificate = await liveCertificate(manager, child.id);
  checkCertificate(certificate);
  const live = await manager
    .createQueryBuilder(EnrollmentEntity, 'e')
    .where('e.child_id = :childId AND e.program_id = :programId AND e.status IN (:...live)', {
      childId: child.id,
      programId: program.id,
      live: liveStatuses,
    })
    .getExists();
  if (live) throw alreadyEnrolled();
  if (group.seatsTaken >= group.seats) throw noSeatsLeft();

  const enrollment = manager.create(EnrollmentEntity, {
    id: randomUUID(),
    childId: child.id,
    certificateId: certificate.id,
    programId: program.id,
    groupId: group.id,
    providerId: program.providerId,
    requestedBy,
    parentUserId: applicant.parentUserId,
    consentMethod: applicant.consent.method,
    consentGivenAt: applicant.consent.givenAt,
    consentDocument: applicant.consent.document,
    status: 'awaiting_funds',
    monthlyPriceKopecks: program.monthlyPriceKopecks,
    months: program.durationMonths,
    certificateShareKopecks: null,
    coPaymentKopecks: null,
    rejectionCode: null,
    declineReason: null,
    endsOn: null,
    seatHeldUntil: null,
    idempotencyKey: request.idempotencyKey,
    requestedAt: new Date(),
    pendingSince: null,
    updatedAt: new Date(),
  });
  await manager.insert(EnrollmentEntity, enrollment);
  await publish(manager, enrollmentRequested, enrollment.id, {
    enrollmentId: enrollment.id,
    childId: child.id,
    certificateId: certificate.id,
    programId: program.id,
    groupId: group.id,
    providerId: program.providerId,
    municipalityCode: certificate.municipalityCode ?? child.municipalityCode,
    monthlyPriceKopecks: program.monthlyPriceKopecks,
    months: program.durationMonths,
    payableByCertificate: program.registry === 'certified',
    parentUserId: applicant.parentUserId,
    programTitle: program.title,
    providerName: (await letterFacts(manager, enrollment)).providerName,
    consentMethod: applicant.consent.method,
    consentGivenAt: applicant.consent.givenAt.toISOString(),
  });
  // Last, so the group's row stays locked only until the commit; for UPDATE … RETURNING, TypeORM answers [rows, affected count].
  const [, taken]: [unknown[], number] = await manager.query(
    'UPDATE program_groups SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < seats RETURNING id',
    [group.id],
  );
  if (taken !== 1) throw noSeatsLeft();
  return enrollment;
}

type EnrollmentChanges = Partial<
  Pick<
    EnrollmentEntity,
    | 'certificateShareKopecks'
    | 'coPaymentKopecks'
    | 'pendingSince'
    | 'rejectionCode'
    | 'declineReason'
    | 'endsOn'
    | 'seatHeldUntil'
  >
>;

/**
 * One step of a locked enrolment in the caller's transaction: the new status, the seat freed when the
 * enrolment ends, and the event that tells billing (and later notifications).
 */
export async function changeEnrollment(
  manager: EntityManager,
  enrollment: EnrollmentEntity,
  action: EnrollmentAction,
  changes: EnrollmentChanges = {},
  reason?: string,
): Promise<EnrollmentEntity> {
  const updated: EnrollmentEntity = {
    ...enrollment,
    ...changes,
    status: transition(enrollment.status, action),
    updatedAt: new Date(),
  };
  await manager.save(EnrollmentEntity, updated);
  if (releasesSeat(action, enrollment.status))
    await manager.query('UPDATE program_groups SET seats_taken = seats_taken - 1 WHERE id = $1', [enrollment.groupId]);
  if (action === 'accept') await publish(manager, enrollmentAcceptedV2, enrollment.id, await contractOf(manager, updated));
  if (action === 'decline' || action === 'withdraw' || action === 'expire') {
    const ending = {
      enrollmentId: enrollment.id,
      childId: enrollment.childId,
      certificateId: enrollment.certificateId,
      reason,
      cause: endCause(action, reason),
      parentUserId: enrollment.parentUserId,
      providerId: enrollment.providerId,
      wasAccepted: enrollment.status === 'accepted',
      ...(await letterFacts(manager, enrollment)),
    };
    if (action === 'decline') await publish(manager, enrollmentDeclined, enrollment.id, ending);
    else await publish(manager, enrollmentCancelled, enrollment.id, { ...ending, endsOn: updated.endsOn ?? undefined });
  }
  return updated;
}

const endCause = (action: 'decline' | 'withdraw' | 'expire', reason: string | undefined): EnrollmentEndCause => {
  if (action === 'decline') return 'declined';
  if (action === 'expire') return 'expired';
  return reason === CERTIFICATE_TERMINATED_REASON ? 'certificate_terminated' : 'withdrawn';
};

/** What the letters about the enrolment quote: the certificate, the program and the provider with its contact address. */
async function letterFacts(manager: EntityManager, enrollment: EnrollmentEntity) {
  const [row]: { certificate_number: string; program_title: string; provider_name: string; provider_email: string | null }[] =
    await manager.query(
      `SELECT c.number AS certificate_number, p.title AS program_title, v.name AS provider_name, v.email AS provider_email
       FROM certificates c, programs p, providers v WHERE c.id = $1 AND p.id = $2 AND v.id = $3`,
      [enrollment.certificateId, enrollment.programId, enrollment.providerId],
    );
  if (!row) return {};
  return {
    certificateNumber: row.certificate_number,
    programTitle: row.program_title,
    providerName: row.provider_name,
    providerEmail: row.provider_email,
  };
}

/** What the contract quotes, read in the accepting transaction so it matches what was accepted. */
async function contractOf(manager: EntityManager, enrollment: EnrollmentEntity): Promise<EventData<typeof enrollmentAcceptedV2>> {
  const [row]: {
    certificate_number: string;
    program_title: string;
    program_address: string;
    direction: Direction;
    provider_name: string;
    provider_inn: string | null;
    days_of_week: number[];
    start_time: string;
    end_time: string;
    start_date: string;
    end_date: string;
  }[] = await manager.query(
    `SELECT c.number AS certificate_number, p.title AS program_title, p.address AS program_address, p.direction,
            v.name AS provider_name, v.inn AS provider_inn, g.days_of_week,
            to_char(g.start_time, 'HH24:MI') AS start_time, to_char(g.end_time, 'HH24:MI') AS end_time,
            g.start_date::text AS start_date, g.end_date::text AS end_date
     FROM enrollments e
     JOIN certificates c ON c.id = e.certificate_id
     JOIN programs p ON p.id = e.program_id
     JOIN providers v ON v.id = e.provider_id
     JOIN program_groups g ON g.id = e.group_id
     WHERE e.id = $1`,
    [enrollment.id],
  );
  if (!row || enrollment.certificateShareKopecks === null || enrollment.coPaymentKopecks === null)
    throw new Error(`enrolment ${enrollment.id} is accepted without its program, group or reserved money`);
  return {
    enrollmentId: enrollment.id,
    childId: enrollment.childId,
    certificateId: enrollment.certificateId,
    certificateNumber: row.certificate_number,
    parentUserId: enrollment.parentUserId,
    programId: enrollment.programId,
    programTitle: row.program_title,
    programAddress: row.program_address,
    providerId: enrollment.providerId,
    providerName: row.provider_name,
    providerInn: row.provider_inn,
    groupId: enrollment.groupId,
    daysOfWeek: row.days_of_week,
    startTime: row.start_time,
    endTime: row.end_time,
    startDate: row.start_date,
    endDate: row.end_date,
    monthlyPriceKopecks: enrollment.monthlyPriceKopecks,
    months: enrollment.months,
    certificateShareKopecks: enrollment.certificateShareKopecks,
    coPaymentKopecks: enrollment.coPaymentKopecks,
    direction: row.direction,
  };
}

export const WITHDRAWN_REASON = 'Родитель отозвал заявку';
export const EXPIRED_REASON = 'Организация не ответила на заявку в срок';

/**
 * A parent leaves: the enrolment ends from the next month. A request not yet accepted gives its seat back
 * now; an accepted enrolment holds it until it ends (`releaseHeldSeats`).
 */
export function withdraw(manager: EntityManager, enrollment: EnrollmentEntity, now: Date): Promise<EnrollmentEntity> {
  const endsOn = firstDayOfNextMonth(now);
  const seatHeldUntil = enrollment.status === 'accepted' ? endsOn : null;
  return changeEnrollment(manager, enrollment, 'withdraw', { endsOn, seatHeldUntil }, WITHDRAWN_REASON);
}

export const CERTIFICATE_TERMINATED_REASON = 'Действие сертификата прекращено';

/**
 * DOMAIN.md: terminating a certificate ends its enrolments at the month's end. Accepted ones run until the
 * first of next month (the seat is held until then); requests not yet accepted end at once and free the
 * seat. Each goes through the usual cancellation, so billing frees the money and the family and provider
 * are told. A repeat finds nothing live and changes nothing.
 */
export async function endEnrollmentsOfTerminated(
  manager: EntityManager,
  certificateId: string,
  terminatedAt: Date,
): Promise<number> {
  const live = await manager
    .createQueryBuilder(EnrollmentEntity, 'e')
    .setLock('pessimistic_write')
    .where('e.certificate_id = :certificateId AND e.status IN (:...live)', { certificateId, live: liveStatuses })
    .orderBy('e.id')
    .getMany();
  const endsOn = firstDayOfNextMonth(terminatedAt);
  for (const enrollment of live) {
    const seatHeldUntil = enrollment.status === 'accepted' ? endsOn : null;
    await changeEnrollment(manager, enrollment, 'withdraw', { endsOn, seatHeldUntil }, CERTIFICATE_TERMINATED_REASON);
  }
  return live.length;
}

/**
 * Gives back, in one statement, the seats of withdrawn enrolments that have ended by `now` (Kuzbass date);
 * each seat once, as the row is cleared by the same statement. Returns how many seats were freed.
 */
export async function releaseHeldSeats(dataSource: DataSource, now: Date): Promise<number> {
  const [{ freed }]: { freed: number }[] = await dataSource.query(
    `WITH ended AS (
       UPDATE enrollments SET seat_held_until = NULL, updated_at = now()
       WHERE seat_held_until IS NOT NULL AND seat_held_until <= $1
       RETURNING group_id),
     freed AS (
       UPDATE program_groups g SET seats_taken = g.seats_taken - e.seats
       FROM (SELECT group_id, count(*)::int AS seats FROM ended GROUP BY group_id) e
       WHERE g.id = e.group_id
       RETURNING e.seats)
     SELECT coalesce(sum(seats), 0)::int AS freed FROM freed`,
    [kuzbassDate(now)],
  );
  return freed;
}

/**
 * Expires the requests a provider left unanswered past the deadline; each in its own transaction, rows
 * locked with SKIP LOCKED so a provider answering right now is not blocked and not overridden.
 */
export async function expireOverdueEnrollments(dataSource: DataSource, now: Date, workingDays: number): Promise<string[]> {
  // N working days are never fewer than N calendar days: a cheap first cut the index serves.
  const candidates = await dataSource
    .getRepository(EnrollmentEntity)
    .createQueryBuilder('e')
    .select(['e.id', 'e.pendingSince'])
    .where(`e.status = 'pending_provider' AND e.pending_since < :cut`, {
      cut: new Date(now.getTime() - workingDays * 86_400_000),
    })
    .getMany();
  const overdue = candidates.filter((e) => e.pendingSince !== null && responseDeadline(e.pendingSince, workingDays) <= now);
  const expired: string[] = [];
  for (const { id } of overdue) {
    await dataSource.transaction(async (manager) => {
      const enrollment = await manager.findOne(EnrollmentEntity, {
        where: { id, status: 'pending_provider' },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!enrollment) return;
      await changeEnrollment(manager, enrollment, 'expire', {}, EXPIRED_REASON);
      expired.push(id);
    });
  }
  return expired;
}
