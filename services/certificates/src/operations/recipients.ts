import type { EntityManager } from 'typeorm';

export interface Recipients {
  applicantUserId: string;
  parentUserIds: string[];
}

/** Whom a certificate's events concern: the one who applied and every parent of the child. */
export async function recipientsOf(manager: EntityManager, applicationId: string): Promise<Recipients> {
  const [row] = (await manager.query(
    `SELECT a.applicant_user_id, ch.parent_ids FROM certificate_applications a JOIN children ch ON ch.id = a.child_id
     WHERE a.id = $1`,
    [applicationId],
  )) as { applicant_user_id: string; parent_ids: string[] }[];
  if (!row) throw new Error(`no application ${applicationId}`);
  return { applicantUserId: row.applicant_user_id, parentUserIds: row.parent_ids };
}
