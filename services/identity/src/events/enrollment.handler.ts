import type { enrollmentRequested, EventOf } from '@pdo/events';
import type { EntityManager } from 'typeorm';

/** Remembers that the child applied to the provider; a repeated event changes nothing. */
export async function onEnrollmentRequested(event: EventOf<typeof enrollmentRequested>, manager: EntityManager): Promise<void> {
  const { enrollmentId, childId, providerId } = event.data;
  await manager.query(
    `INSERT INTO provider_enrollments (enrollment_id, child_id, provider_id) VALUES ($1, $2, $3)
     ON CONFLICT (enrollment_id) DO NOTHING`,
    [enrollmentId, childId, providerId],
  );
}
