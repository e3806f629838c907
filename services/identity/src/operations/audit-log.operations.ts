import type { DataSource } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

const PAGE_LIMIT = 500;

/** Staff reads of personal data, newest first. */
export function auditLog(dataSource: DataSource, recordId: string | null, limit: number): Promise<AuditLogEntity[]> {
  return dataSource.getRepository(AuditLogEntity).find({
    where: recordId ? { recordId } : {},
    order: { readAt: 'DESC', id: 'DESC' },
    take: Math.min(Math.max(limit, 1), PAGE_LIMIT),
  });
}
