import { forbidden, isPupilOf, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { accountingOnlyMessages } from '../domain/accounting-only.reason';
import { explainSplit } from '../domain/price-explanation';
import { MAX_MONTHS, splitPrice } from '../domain/price-split';
import { certificateHolds } from '../operations/certificate-holds.operations';
import { childAccount } from '../operations/price-for.operations';
import { PriceSplit } from './price-split.type';
import { Program } from './program.type';

const childIdSchema = z.uuid('Неверный идентификатор ребёнка.');

@Resolver(() => Program)
export class PriceForResolver {
  @Authorized()
  @Directive('@requires(fields: "monthlyPriceKopecks durationMonths")')
  @FieldResolver(() => PriceSplit, {
    nullable: true,
    description:
      'Сколько за программу заплатит сертификат ребёнка по месяцам и за весь срок, сколько доплатит родитель и что останется на другую программу; пусто, если у ребёнка нет сертификата',
  })
  async priceFor(
    @Root() program: Program,
    @Arg('childId', () => ID) childId: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<PriceSplit | null> {
    const id = parseInput(childIdSchema, childId);
    const row = await childAccount(dataSource, id);
    const isParent = viewer.userId !== null && (row?.parent_ids ?? []).includes(viewer.userId);
    const isChild = isPupilOf(viewer, id);
    if (row && !isParent && !isChild) throw forbidden('Расчёт по сертификату ребёнка видят только его родители.');
    if (!row) return null;
    const financed = row.balance_kopecks !== null && row.accounting_only_reason === null;
    const balanceKopecks = financed ? Number(row.balance_kopecks) : 0;
    const months = Math.min(Math.max(program.durationMonths, 1), MAX_MONTHS);
    const split = splitPrice({ monthlyPriceKopecks: program.monthlyPriceKopecks, months, balanceKopecks });
    const holds = await certificateHolds(dataSource.manager, row.certificate_id);
    return {
      certificateId: row.certificate_id,
      financed,
      balanceKopecks,
      accountingOnlyReason: row.accounting_only_reason && accountingOnlyMessages[row.accounting_only_reason],
      ...split,
      ...explainSplit(split),
      holds: holds.map(({ programId, ...hold }) => ({ ...hold, program: programId === null ? null : { id: programId } })),
    };
  }
}
