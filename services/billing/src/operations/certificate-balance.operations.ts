import { isPupilOf, type RequestContext, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { isMunicipalityStaff } from '../domain/invoice.rules';
import { AccountMovementEntity } from '../entities/account-movement.entity';
import { CertificateAccountEntity } from '../entities/certificate-account.entity';

export interface CertificateLedger {
  account: CertificateAccountEntity | null;
  /** What its reservations hold now: reservations, negative, net of their releases. */
  reservedKopecks: number;
  movements: AccountMovementEntity[];
}

/** What the reservations among these movements hold now: reservations (negative) net of their releases. */
const heldBy = (movements: readonly AccountMovementEntity[]): number =>
  movements.reduce((held, m) => (m.kind === 'reservation' || m.kind === 'release' ? held - m.amountKopecks : held), 0);

/**
 * The account and its movements, read in one snapshot (the holds follow from the movements): read apart, a
 * reservation committing between the reads showed its hold but not its debit, and a certificate's balance
 * beside an empty list of movements.
 */
const readLedger = (dataSource: DataSource, certificateId: string): Promise<CertificateLedger> =>
  dataSource.transaction('REPEATABLE READ', async (manager) => {
    const account = await manager.findOneBy(CertificateAccountEntity, { certificateId });
    if (!account) return { account: null, reservedKopecks: 0, movements: [] };
    const movements = await manager.find(AccountMovementEntity, {
      where: { certificateId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { account, reservedKopecks: heldBy(movements), movements };
  });

const ledgersByRequest = new WeakMap<RequestContext, Map<string, Promise<CertificateLedger>>>();

/** One snapshot per certificate and request, so that the fields of one answer agree with each other. */
export function ledgerOf(context: RequestContext, certificateId: string): Promise<CertificateLedger> {
  let ledgers = ledgersByRequest.get(context);
  if (!ledgers) ledgersByRequest.set(context, (ledgers = new Map()));
  let ledger = ledgers.get(certificateId);
  if (!ledger) ledgers.set(certificateId, (ledger = readLedger(context.dataSource, certificateId)));
  return ledger;
}

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
