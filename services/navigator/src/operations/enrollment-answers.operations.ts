import { forbidden, hasRole, isPupilOf, type Viewer } from '@pdo/service-kit';
import { In, type DataSource } from 'typeorm';
import { isStaffOf } from '../domain/access.rules';
import { ChildEntity } from '../entities/child.entity';
import { EnrollmentEntity } from '../entities/enrollment.entity';
import type { EnrollmentStatus } from '../domain/enrollment.rules';
import { changeEnrollment, childOfParent, isParentOf, lockEnrollment, withdraw } from './enrollment.operations';

// The provider's answers and the parent's withdrawal, each in its own transaction, and the lists each of them reads.

function assertStaffOfEnrollment(viewer: Viewer, enrollment: EnrollmentEntity): void {
  if (!isStaffOf(viewer, enrollment.providerId))
    throw forbidden('Ответить на заявку может только организация, которая ведёт программу.');
}

export function acceptEnrollment(dataSource: DataSource, viewer: Viewer, enrollmentId: string): Promise<EnrollmentEntity> {
  return dataSource.transaction(async (manager) => {
    const enrollment = await lockEnrollment(manager, enrollmentId);
    assertStaffOfEnrollment(viewer, enrollment);
    return changeEnrollment(manager, enrollment, 'accept');
  });
}

export function declineEnrollment(
  dataSource: DataSource,
  viewer: Viewer,
  enrollmentId: string,
  reason: string,
): Promise<EnrollmentEntity> {
  return dataSource.transaction(async (manager) => {
    const enrollment = await lockEnrollment(manager, enrollmentId);
    assertStaffOfEnrollment(viewer, enrollment);
    return changeEnrollment(manager, enrollment, 'decline', { declineReason: reason }, reason);
  });
}

export function withdrawEnrollment(dataSource: DataSource, viewer: Viewer, enrollmentId: string): Promise<EnrollmentEntity> {
  return dataSource.transaction(async (manager) => {
    const enrollment = await lockEnrollment(manager, enrollmentId);
    await childOfParent(manager, viewer, enrollment.childId);
    return withdraw(manager, enrollment, new Date());
  });
}

/** Every enrolment of the parent's children (and a pupil's own), newest first. */
export async function enrollmentsOfViewer(dataSource: DataSource, viewer: Viewer): Promise<EnrollmentEntity[]> {
  const children = await dataSource
    .getRepository(ChildEntity)
    .createQueryBuilder('c')
    .select('c.id')
    .where(':userId = ANY(c.parent_ids)', { userId: viewer.userId })
    .getMany();
  const childIds = [...children.map((c) => c.id), ...(hasRole(viewer, 'child') && viewer.childId ? [viewer.childId] : [])];
  if (childIds.length === 0) return [];
  return dataSource.getRepository(EnrollmentEntity).find({ where: { childId: In(childIds) }, order: { requestedAt: 'DESC' } });
}

/** A provider's incoming requests, oldest first. */
export function enrollmentsOfProvider(
  dataSource: DataSource,
  providerId: string,
  status: EnrollmentStatus | null,
): Promise<EnrollmentEntity[]> {
  return dataSource.getRepository(EnrollmentEntity).find({
    where: status ? { providerId, status } : { providerId },
    order: { requestedAt: 'ASC' },
  });
}

/** A child's enrolments: all of them to a parent or the pupil, those in its own programs to a provider. */
export async function enrollmentsOfChild(dataSource: DataSource, viewer: Viewer, childId: string): Promise<EnrollmentEntity[]> {
  const known = await dataSource.getRepository(ChildEntity).findOneBy({ id: childId });
  const parent = (known !== null && isParentOf(viewer, known)) || isPupilOf(viewer, childId);
  const providerId = hasRole(viewer, 'provider_staff') ? viewer.providerId : null;
  if (!parent && !providerId) throw forbidden('Заявки ребёнка видят его родители.');
  return dataSource.getRepository(EnrollmentEntity).find({
    where: parent ? { childId } : { childId, providerId: providerId ?? undefined },
    order: { requestedAt: 'DESC' },
  });
}
