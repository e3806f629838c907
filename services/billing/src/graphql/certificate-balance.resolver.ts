import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { KopecksScalar, notFound, parseInput, type RequestContext } from '@pdo/service-kit';
import { z } from 'zod';
import { accountingOnlyMessages } from '../domain/accounting-only.reason';
import { explainSplit } from '../domain/price-explanation';
import { splitPrice } from '../domain/price-split';
import { accountOf, ledgerOf, mayReadAccount } from '../operations/certificate-balance.operations';
import { AccountMovement, Certificate, CertificateBalance } from './certificate.type';
import { PriceSplit } from './price-split.type';

const certificateIdSchema = z.uuid('Неверный идентификатор сертификата.');

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
  async balance(@Root() { id }: Certificate, @Ctx() context: RequestContext): Promise<CertificateBalance | null> {
    const { account, reservedKopecks } = await ledgerOf(context, id);
    if (!account) return null;
    return {
      balanceKopecks: account.balanceKopecks,
      reservedKopecks,
      openedWithKopecks: account.openedWithKopecks,
      periodStart: account.periodStart,
      accountingOnlyCode: account.accountingOnlyReason,
      accountingOnlyReason: account.accountingOnlyReason && accountingOnlyMessages[account.accountingOnlyReason],
    };
  }

  @Authorized()
  @FieldResolver(() => [AccountMovement], { description: 'Операции по счёту сертификата по порядку' })
  async movements(@Root() { id }: Certificate, @Ctx() context: RequestContext): Promise<AccountMovement[]> {
    const { movements } = await ledgerOf(context, id);
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
    const account = await accountOf(dataSource, id);
    const financed = account !== null && account.accountingOnlyReason === null;
    const balanceKopecks = financed ? account.balanceKopecks : 0;
    const split = splitPrice({ monthlyPriceKopecks, months, balanceKopecks });
    return { certificateId: id, financed, balanceKopecks, ...split, ...explainSplit(split), holds: null };
  }
}
