import type { RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { AuditLogEntity } from '../entities/audit-log.entity';
import { AuditEntry } from './audit-entry.type';

const PAGE_LIMIT = 500;

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
    return dataSource.getRepository(AuditLogEntity).find({
      where: recordId ? { recordId } : {},
      order: { readAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(limit, 1), PAGE_LIMIT),
    });
  }
}
