import type { RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { auditLog } from '../operations/audit-log.operations';
import { AuditEntry } from './audit-entry.type';

@Resolver()
export class AuditLogResolver {
  @Authorized('regional_admin')
  @Query(() => [AuditEntry], { description: 'Журнал чтения персональных данных сотрудниками, новые записи первыми (только РМЦ)' })
  async auditLog(
    @Arg('recordId', () => ID, { nullable: true }) recordId: string | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() { dataSource }: RequestContext,
  ): Promise<AuditEntry[]> {
    if (recordId && !z.uuid().safeParse(recordId).success) return [];
    return auditLog(dataSource, recordId, limit);
  }
}
