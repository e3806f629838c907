import { isPupilOf, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { isMunicipalityStaff } from '../domain/invoice.rules';
import { AccountMovementEntity } from '../entities/account-movement.entity';
import { CertificateAccountEntity } from '../entities/certificate-account.entity';

/**
 * The account and what its reservations hold now (reservations, negative, net of their releases), read in one
 * snapshot: read apart, a reservation committing between the two reads showed its hold but not its debit.
 */
export const accountWithHolds = (
  dataSource: DataSource,
  certificateId: string,
): Promise<{ account: CertificateAccountEntity; reservedKopecks: number } | null> =>
  dataSource.transaction('REPEATABLE READ', async (manager) => {
    const account = await manager.findOneBy(CertificateAccountEntity, { certificateId });
    if (!account) return null;
    const [{ held }]: { held: string }[] = await manager.query(
      `SELECT coalesce(-sum(amount_kopecks), 0) AS held FROM account_movements
       WHERE certificate_id = $1 AND kind IN ('reservation', 'release')`,
      [certificateId],
    );
    return { account, reservedKopecks: Number(held) };
  });

/** The child's parents, the pupil himself and staff over the certificate's municipality. */
export async function mayReadAccount(dataSource: DataSource, viewer: Viewer, certificateId: string): Promise<boolean> {
  const [row]: { child_id: string; municipality_code: string; parent_ids: string[] | null }[] = await dataSource.query(
    `SELECT c.child_id, c.municipality_code, ch.parent_ids FROM certificates c
     LEFT JOIN children ch ON ch.child_id = c.child_id WHERE c.certificate_id = $1`,
    [certificateId],
  );
  if (!row) return false;
  if (viewer.userId !== null && (row.parent_ids ?? []).includes(viewer.userId)) return true;
  if (isPupilOf(viewer, row.child_id)) return true;
  return isMunicipalityStaff(viewer, row.municipality_code);
}

export const accountOf = (dataSource: DataSource, certificateId: string): Promise<CertificateAccountEntity | null> =>
  dataSource.getRepository(CertificateAccountEntity).findOneBy({ certificateId });

export const movementsOf = (dataSource: DataSource, certificateId: string): Promise<AccountMovementEntity[]> =>
  dataSource.getRepository(AccountMovementEntity).find({ where: { certificateId }, order: { createdAt: 'ASC', id: 'ASC' } });
