import { DomainError, forbidden, hasRole, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertReviewerFor, assertStaffOf, isReviewerFor, isStaffOf } from '../domain/access.rules';
import { checkGroupTerms, normalizeDays, type GroupTerms } from '../domain/group.rules';
import { transition, type ProgramAction } from '../domain/program.rules';
import { ProgramGroupEntity } from '../entities/program-group.entity';
import { ProgramReviewEntity } from '../entities/program-review.entity';
import { ProgramEntity } from '../entities/program.entity';
import { ProviderEntity } from '../entities/provider.entity';

/** What a provider writes of a program (validated by the caller); the rest is the system's. */
export type ProgramFields = Omit<ProgramEntity, 'id' | 'providerId' | 'status' | 'idempotencyKey' | 'createdAt' | 'updatedAt'>;

/** A group's terms as a provider writes them (validated by the caller). */
export type GroupFields = GroupTerms & { teacher: string };

export type GroupWithSeats = ProgramGroupEntity & { seatsLeft: number };

export const withSeatsLeft = (group: ProgramGroupEntity): GroupWithSeats => ({
  ...group,
  seatsLeft: group.seats - group.seatsTaken,
});

/** Who may see a program that is not (or no longer) in the public catalogue. */
export const canSeeUnpublished = (viewer: Viewer, program: ProgramEntity) =>
  isStaffOf(viewer, program.providerId) || isReviewerFor(viewer, program.municipalityCode);

export function publishedPrograms(dataSource: DataSource, take: number): Promise<ProgramEntity[]> {
  return dataSource.getRepository(ProgramEntity).find({ where: { status: 'published' }, order: { title: 'ASC' }, take });
}

export const programById = (dataSource: DataSource, id: string) => dataSource.getRepository(ProgramEntity).findOneBy({ id });

export async function groupById(dataSource: DataSource, id: string): Promise<GroupWithSeats | null> {
  const group = await dataSource.getRepository(ProgramGroupEntity).findOneBy({ id });
  return group && withSeatsLeft(group);
}

/** A published program for anyone; an unpublished one only for its provider and its reviewers. */
export async function visibleProgram(dataSource: DataSource, viewer: Viewer, id: string): Promise<ProgramEntity | null> {
  const program = await programById(dataSource, id);
  if (!program) return null;
  return program.status === 'published' || canSeeUnpublished(viewer, program) ? program : null;
}

export function programsOfProvider(dataSource: DataSource, providerId: string): Promise<ProgramEntity[]> {
  return dataSource.getRepository(ProgramEntity).find({ where: { providerId }, order: { title: 'ASC' } });
}

/** Programs waiting for certification: the operator's municipality, or everywhere for the regional admin. */
export function reviewQueue(dataSource: DataSource, viewer: Viewer): Promise<ProgramEntity[]> {
  const everywhere = hasRole(viewer, 'regional_admin');
  if (!everywhere && !viewer.municipalityCode) throw forbidden();
  return dataSource.getRepository(ProgramEntity).find({
    where: everywhere ? { status: 'on_review' } : { status: 'on_review', municipalityCode: viewer.municipalityCode ?? undefined },
    order: { updatedAt: 'ASC' },
  });
}

export async function programGroups(dataSource: DataSource, programId: string): Promise<GroupWithSeats[]> {
  const groups = await dataSource
    .getRepository(ProgramGroupEntity)
    .find({ where: { programId }, order: { startDate: 'ASC', startTime: 'ASC' } });
  return groups.map(withSeatsLeft);
}

export async function reviewHistory(dataSource: DataSource, viewer: Viewer, program: ProgramEntity) {
  if (!canSeeUnpublished(viewer, program)) throw forbidden('Историю проверки видят организация и сотрудники МОЦ.');
  const reviews = await dataSource
    .getRepository(ProgramReviewEntity)
    .find({ where: { programId: program.id }, order: { reviewedAt: 'ASC' } });
  return reviews.map((r) => ({
    decision: r.decision,
    remarks: r.remarks,
    reviewerId: r.reviewerId,
    reviewedAt: r.reviewedAt.toISOString(),
  }));
}

async function lockProgram(manager: EntityManager, id: string): Promise<ProgramEntity> {
  const program = await manager.findOne(ProgramEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!program) throw notFound('Программа не найдена.');
  return program;
}

async function assertApprovedProvider(manager: EntityManager, providerId: string): Promise<void> {
  const provider = await manager.findOneBy(ProviderEntity, { id: providerId });
  if (provider?.status !== 'approved') {
    throw new DomainError(
      'PROVIDER_NOT_APPROVED',
      'Публиковать программы можно после того, как МОЦ допустит организацию к участию.',
    );
  }
}

/** A provider's own lifecycle step (edit, submit, archive) on its own program, in the caller's transaction. */
async function providerStep(manager: EntityManager, viewer: Viewer, id: string, action: ProgramAction): Promise<ProgramEntity> {
  const program = await lockProgram(manager, id);
  assertStaffOf(viewer, program.providerId);
  program.status = transition(program.status, action);
  return program;
}

/** A new draft; a repeat with the same idempotency key answers the first program. */
export function createProgram(
  dataSource: DataSource,
  providerId: string,
  fields: ProgramFields,
  idempotencyKey: string | null,
): Promise<ProgramEntity> {
  return dataSource.transaction(async (manager) => {
    await assertApprovedProvider(manager, providerId);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProgramEntity)
      .values({ ...fields, providerId, status: 'draft', idempotencyKey })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    // No row: this key was used before, so the first program is the answer.
    return manager.findOneByOrFail(ProgramEntity, id ? { id } : { providerId, idempotencyKey: idempotencyKey ?? '' });
  });
}

/** Edits a draft or a returned program; `change` validates the merged fields against the program as it is now. */
export function updateProgram(
  dataSource: DataSource,
  viewer: Viewer,
  id: string,
  change: (current: ProgramEntity) => ProgramFields,
): Promise<ProgramEntity> {
  return dataSource.transaction(async (manager) => {
    const program = await providerStep(manager, viewer, id, 'edit');
    return manager.save(ProgramEntity, { ...program, ...change(program) });
  });
}

export function submitProgram(dataSource: DataSource, viewer: Viewer, id: string): Promise<ProgramEntity> {
  return dataSource.transaction(async (manager) => {
    const program = await providerStep(manager, viewer, id, 'submit');
    if ((await manager.countBy(ProgramGroupEntity, { programId: program.id })) === 0) {
      throw new DomainError(
        'PROGRAM_HAS_NO_GROUPS',
        'Добавьте хотя бы одну группу с расписанием, прежде чем отправлять программу.',
      );
    }
    return manager.save(program);
  });
}

export function archiveProgram(dataSource: DataSource, viewer: Viewer, id: string): Promise<ProgramEntity> {
  return dataSource.transaction(async (manager) => manager.save(await providerStep(manager, viewer, id, 'archive')));
}

/** A certification decision and its record. */
export function reviewProgram(
  dataSource: DataSource,
  viewer: Viewer,
  id: string,
  action: 'approve' | 'return',
  remarks: string | null,
): Promise<ProgramEntity> {
  return dataSource.transaction(async (manager) => {
    const program = await lockProgram(manager, id);
    assertReviewerFor(viewer, program.municipalityCode);
    program.status = transition(program.status, action);
    if (!viewer.userId) throw forbidden();
    await manager.insert(ProgramReviewEntity, {
      programId: program.id,
      reviewerId: viewer.userId,
      decision: action === 'approve' ? 'approved' : 'returned',
      remarks,
    });
    return manager.save(program);
  });
}

/** A new group of the provider's own program; a repeat with the same idempotency key answers the first group. */
export function addGroup(
  dataSource: DataSource,
  viewer: Viewer,
  programId: string,
  terms: GroupFields,
  idempotencyKey: string | null,
): Promise<GroupWithSeats> {
  checkGroupTerms(terms);
  return dataSource.transaction(async (manager) => {
    const program = await lockProgram(manager, programId);
    assertStaffOf(viewer, program.providerId);
    if (program.status === 'archived')
      throw new DomainError('INVALID_PROGRAM_STATUS', 'Программа в архиве: новые группы в неё не добавляются.');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProgramGroupEntity)
      .values({
        ...terms,
        daysOfWeek: normalizeDays(terms.daysOfWeek),
        programId: program.id,
        providerId: program.providerId,
        idempotencyKey,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    return withSeatsLeft(
      await manager.findOneByOrFail(
        ProgramGroupEntity,
        id ? { id } : { providerId: program.providerId, idempotencyKey: idempotencyKey ?? '' },
      ),
    );
  });
}

/** Changes a group's terms; `change` validates the merged terms against the group as it is now. */
export function updateGroup(
  dataSource: DataSource,
  viewer: Viewer,
  groupId: string,
  change: (current: GroupFields) => GroupFields,
): Promise<GroupWithSeats> {
  return dataSource.transaction(async (manager) => {
    const group = await manager.findOne(ProgramGroupEntity, { where: { id: groupId }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw notFound('Группа не найдена.');
    assertStaffOf(viewer, group.providerId);
    const { teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate } = group;
    const terms = change({ teacher, daysOfWeek, startTime, endTime, seats, startDate, endDate });
    checkGroupTerms(terms, group.seatsTaken);
    return withSeatsLeft(
      await manager.save(ProgramGroupEntity, { ...group, ...terms, daysOfWeek: normalizeDays(terms.daysOfWeek) }),
    );
  });
}
