import type { Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import type { QueuePosition } from '../domain/queue-cursor';
import { CertificateEntity } from '../entities/certificate.entity';

export interface QueuePage {
  items: CertificateEntity[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: QueuePosition | null;
}

/** The operator's municipality's certificates waiting for activation, oldest first, a page after `after`. */
export async function activationQueue(
  dataSource: DataSource,
  viewer: Viewer,
  { first, after }: { first: number; after: QueuePosition | null },
): Promise<QueuePage> {
  if (!viewer.municipalityCode) return { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
  const waiting = () =>
    dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('c')
      .where('c.municipality_code = :municipalityCode', { municipalityCode: viewer.municipalityCode })
      .andWhere(`c.status = 'inactive'`);
  const page = waiting().addSelect(`(extract(epoch FROM c.created_at) * 1000000)::bigint::text`, 'created_at_micros');
  if (after) {
    page.andWhere(
      `(c.created_at, c.id) > (timestamptz 'epoch' + CAST(CAST(:micros AS text) || ' microseconds' AS interval), :id)`,
      {
        micros: after.createdAtMicros,
        id: after.id,
      },
    );
  }
  const [{ entities, raw }, totalCount] = await Promise.all([
    page
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1)
      .getRawAndEntities<{ created_at_micros: string }>(),
    waiting().getCount(),
  ]);
  const items = entities.slice(0, first);
  const last = items.at(-1);
  const lastRaw = raw[items.length - 1];
  return {
    items,
    totalCount,
    hasNextPage: entities.length > first,
    endCursor: last && lastRaw ? { createdAtMicros: lastRaw.created_at_micros, id: last.id } : null,
  };
}
