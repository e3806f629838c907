import { childRegistered, documentAdded, publish } from '@pdo/events';
import type { ServiceRuntime } from '@pdo/service-kit';
import { ChildConsentEntity } from '../entities/child-consent.entity';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';
import { DocumentScanEntity } from '../entities/document-scan.entity';
import { IdentityDocumentEntity } from '../entities/identity-document.entity';
import type { IdentityConfig } from '../identity.config';
import { demoUsers } from './demo-users.seed';

const [parent, child14] = demoUsers;
// A 1×1 PNG stands in for the scans.
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Fixed ids so other services' demo data can point at these children. */
export const demoChildren = [
  {
    child: {
      id: '00000000-0000-4000-8000-0000000000d1',
      lastName: 'Иванов',
      firstName: 'Артём',
      patronymic: 'Сергеевич',
      birthDate: '2011-03-05',
      sex: 'male' as const,
      childUserId: child14.id,
    },
    document: {
      id: '00000000-0000-4000-8000-0000000000e1',
      kind: 'passport' as const,
      series: '3225',
      number: '654321',
      issuedOn: '2025-03-20',
      issuer: 'ГУ МВД России по Кемеровской области — Кузбассу',
      divisionCode: '420-007',
    },
  },
  {
    child: {
      id: '00000000-0000-4000-8000-0000000000d2',
      lastName: 'Иванова',
      firstName: 'Софья',
      patronymic: 'Сергеевна',
      birthDate: '2018-04-12',
      sex: 'female' as const,
      childUserId: null,
    },
    document: {
      id: '00000000-0000-4000-8000-0000000000e2',
      kind: 'birth_certificate' as const,
      series: 'III-ПО',
      number: '123456',
      issuedOn: '2018-04-20',
      issuer: 'Отдел ЗАГС г. Киселевска',
      divisionCode: null,
    },
  },
];

/** The demo parent's two children with documents and consent; registered once, with their events (child and document). */
export async function seedDemoChildren({ dataSource, logger }: ServiceRuntime<IdentityConfig>): Promise<void> {
  for (const { child, document } of demoChildren) {
    await dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ChildEntity)
        .values({ ...child, address: 'г. Киселевск, ул. Ленина, д. 1, кв. 2', municipalityCode: '07', attendsSchool: true })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length === 0) return;
      await manager.insert(ChildParentEntity, { childId: child.id, parentId: parent.id });
      await manager.insert(ChildConsentEntity, { childId: child.id, givenBy: parent.id });
      await manager.insert(IdentityDocumentEntity, { ...document, childId: child.id, createdBy: parent.id });
      await manager.insert(DocumentScanEntity, {
        documentId: document.id,
        fileName: 'скан.png',
        contentType: 'image/png',
        sizeBytes: SCAN.length,
        content: SCAN,
      });
      await publish(manager, childRegistered, child.id, {
        childId: child.id,
        parentIds: [parent.id],
        birthDate: child.birthDate,
        municipalityCode: '07',
        attendsSchool: true,
        firstName: child.firstName,
      });
      await publish(manager, documentAdded, document.id, { documentId: document.id, childId: child.id, kind: document.kind });
    });
  }
  logger.info({ children: demoChildren.map(({ child }) => child.id) }, 'demo children ready');
}
