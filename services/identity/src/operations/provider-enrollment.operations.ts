import type { EntityManager } from 'typeorm';

/** Remembers that the child applied to the provider, so the provider may see the child's name; a repeat changes nothing. */
export async function recordProviderEnrollment(
  manager: EntityManager,
  enrollment: { enrollmentId: string; childId: string; providerId: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO provider_enrollments (enrollment_id, child_id, provider_id) VALUES ($1, $2, $3)
     ON CONFLICT (enrollment_id) DO NOTHING`,
    [enrollment.enrollmentId, enrollment.childId, enrollment.providerId],
  );
}
