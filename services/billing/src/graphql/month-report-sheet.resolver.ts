import type { RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { parseMonth } from '../domain/month';
import { monthReportSheet } from '../operations/month-report-sheet.operations';
import { MonthReportLine } from './month-report-sheet.type';

@Resolver(() => MonthReportLine)
export class MonthReportSheetResolver {
  @Authorized('provider_staff')
  @Query(() => [MonthReportLine], {
    description:
      'Табель своей организации за месяц: зачисленные дети, можно ли оплатить месяц и сколько спишется с сертификата и доплатит семья',
  })
  async monthReportSheet(
    @Arg('month', () => String, { description: 'ГГГГ-ММ' }) month: string,
    @Ctx() { dataSource, viewer }: RequestContext,
  ): Promise<MonthReportLine[]> {
    const lines = await monthReportSheet(dataSource.manager, viewer, parseMonth(month));
    return lines.map(({ childId, programId, groupId, ...line }) => ({
      ...line,
      child: { id: childId },
      program: programId === null ? null : { id: programId },
      group: groupId === null ? null : { id: groupId },
    }));
  }
}
