import { certificateStatusChanged, publish } from '@pdo/events';
import { kuzbassDate } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { adulthoodCutoff, COMING_OF_AGE_REASON } from '../domain/coming-of-age';

const BATCH = 500;

interface Ended {
  id: string;
  number: string;
  child_id: string;
  applicant_user_id: string;
  parent_ids: string[];
}

/**
 * Terminates, in one statement per batch, every live certificate of a child who is 18 on Kuzbass's date
 * at `now` (terminate is allowed from every live status); each change gets its event in the same
 * transaction. Running it again changes nothing. Rows an operator holds locked are left to the next run.
 */
export async function terminateComeOfAge(dataSource: DataSource, now: Date): Promise<string[]> {
  const cutoff = adulthoodCutoff(kuzbassDate(now));
  const ended: string[] = [];
  for (;;) {
    const batch = await dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `WITH due AS (
           SELECT c.id FROM certificates c JOIN children ch ON ch.id = c.child_id
           WHERE c.status <> 'terminated' AND ch.birth_date <= $1
           ORDER BY c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED
         )
         UPDATE certificates c SET status = 'terminated', termination_reason = $3, updated_at = now()
         FROM due, children ch, certificate_applications a
         WHERE c.id = due.id AND ch.id = c.child_id AND a.id = c.application_id
         RETURNING c.id, c.number, c.child_id, a.applicant_user_id, ch.parent_ids`,
        [cutoff, BATCH, COMING_OF_AGE_REASON],
      )) as [Ended[], number];
      for (const row of rows) {
        await publish(manager, certificateStatusChanged, row.id, {
          certificateId: row.id,
          number: row.number,
          childId: row.child_id,
          status: 'terminated',
          reason: COMING_OF_AGE_REASON,
          applicantUserId: row.applicant_user_id,
          parentUserIds: row.parent_ids,
        });
      }
      return rows;
    });
    ended.push(...batch.map((row) => row.number));
    if (batch.length < BATCH) return ended;
  }
}
