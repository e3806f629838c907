import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isPupilOf, KopecksScalar, notFound, parseInput, type RequestContext, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { accountingOnlyMessages } from '../domain/accounting-only.reason';
import { isMunicipalityStaff } from '../domain/invoice.rules';
import { explainSplit } from '../domain/price-explanation';
import { splitPrice } from '../domain/price-split';
import { AccountMovementEntity } from '../entities/account-movement.entity';
import { CertificateAccountEntity } from '../entities/certificate-account.entity';
import { AccountMovement, Certificate, CertificateBalance } from './certificate.type';
import { PriceSplit } from './price-split.type';

const certificateIdSchema = z.uuid('Неверный идентификатор сертификата.');

/** What reservations hold now: reservations (negative) net of their releases (positive). */
async function reservedKopecks(dataSource: DataSource, certificateId: string): Promise<number> {
  const [{ held }]: { held: string }[] = await dataSource.query(
    `SELECT coalesce(-sum(amount_kopecks), 0) AS held FROM account_movements
     WHERE certificate_id = $1 AND kind IN ('reservation', 'release')`,
    [certificateId],
  );
  return Number(held);
}

/** The child's parents, the pupil himself and staff over the certificate's municipality. */
async function mayReadAccount(dataSource: DataSource, viewer: Viewer, certificateId: string): Promise<boolean> {
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

/**
 * Billing's fields of a certificate. Billing holds no link from parents to certificates: any signed-in
 * viewer may read them, and the gateway only reaches them through a certificate the certificates
 * subgraph has already shown to that viewer.
 */
@Resolver(() => Certificate)
export class CertificateBalanceResolver {
  @Authorized()
  @FieldResolver(() => CertificateBalance, {
    nullable: true,
    description: 'Остаток на учебный год; пусто, пока сертификат не активирован',
  })
  async balance(@Root() { id }: Certificate, @Ctx() { dataSource }: RequestContext): Promise<CertificateBalance | null> {
    const account = await dataSource.getRepository(CertificateAccountEntity).findOneBy({ certificateId: id });
    if (!account) return null;
    return {
      balanceKopecks: account.balanceKopecks,
      reservedKopecks: await reservedKopecks(dataSource, id),
      openedWithKopecks: account.openedWithKopecks,
      periodStart: account.periodStart,
      accountingOnlyCode: account.accountingOnlyReason,
      accountingOnlyReason: account.accountingOnlyReason && accountingOnlyMessages[account.accountingOnlyReason],
    };
  }

  @Authorized()
  @FieldResolver(() => [AccountMovement], { description: 'Операции по счёту сертификата по порядку' })
  async movements(@Root() { id }: Certificate, @Ctx() { dataSource }: RequestContext): Promise<AccountMovement[]> {
    const movements = await dataSource
      .getRepository(AccountMovementEntity)
      .find({ where: { certificateId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return movements.map((movement) => ({ ...movement, createdAt: movement.createdAt.toISOString() }));
  }

  @Authorized()
  @Query(() => PriceSplit, { description: 'Сколько за программу заплатит сертификат и сколько доплатит родитель' })
  async priceSplit(
    @Arg('certificateId', () => ID) certificateId: string,
    @Arg('monthlyPriceKopecks', () => KopecksScalar) monthlyPriceKopecks: number,
    @Arg('months', () => Int) months: number,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<PriceSplit> {
    const id = parseInput(certificateIdSchema, certificateId);
    // someone else's certificate answers as one that does not exist, so ids cannot be probed
    if (!(await mayReadAccount(dataSource, viewer, id))) throw notFound('Сертификат не найден.');
    const account = await dataSource.getRepository(CertificateAccountEntity).findOneBy({ certificateId: id });
    const financed = account !== null && account.accountingOnlyReason === null;
    const balanceKopecks = financed ? account.balanceKopecks : 0;
    const split = splitPrice({ monthlyPriceKopecks, months, balanceKopecks });
    return { certificateId: id, financed, balanceKopecks, ...split, ...explainSplit(split), holds: null };
  }
}
