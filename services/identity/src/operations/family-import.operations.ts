import { childRegistered, publish, userRegistered } from '@pdo/events';
import { DomainError, isUniqueViolation, kuzbassDate } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { credentialsSheetPdf, type CredentialsSlip } from '../documents/credentials-sheet.document';
import { parseCsv } from '../domain/csv';
import {
  checkFamilyFile,
  childIdentity,
  clashesWithExisting,
  type ImportedFamilyRow,
  type ImportProblem,
} from '../domain/family-import.rules';
import { hashPassword } from '../domain/password';
import { temporaryPassword } from '../domain/temporary-password';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';
import { UserEntity } from '../entities/user.entity';
import { publicWebUrl } from '../identity.config';

export interface ImportedAccountRow {
  userId: string;
  login: string;
  temporaryPassword: string;
  displayName: string;
  children: string[];
}

const rejected = (problems: ImportProblem[]) =>
  new DomainError(
    'IMPORT_REJECTED',
    `Файл не загружен: найдено ошибок — ${problems.length}. Исправьте их и загрузите файл снова.`,
    { problems },
  );

async function existingRecords(manager: EntityManager, rows: readonly ImportedFamilyRow[], municipalityCode: string) {
  const logins = [...new Set(rows.map((row) => row.parent.login))];
  const emails = [...new Set(rows.flatMap((row) => (row.parent.email ? [row.parent.email.toLowerCase()] : [])))];
  const users = (await manager.query(
    'SELECT login, lower(email) AS email FROM users WHERE login = ANY($1) OR lower(email) = ANY($2)',
    [logins, emails],
  )) as { login: string; email: string | null }[];
  const children = (await manager.query(
    `SELECT last_name AS "lastName", first_name AS "firstName", birth_date::text AS "birthDate"
       FROM children WHERE municipality_code = $1 AND birth_date = ANY($2::date[])`,
    [municipalityCode, [...new Set(rows.map((row) => row.child.birthDate))]],
  )) as { lastName: string; firstName: string; birthDate: string }[];
  return {
    logins: new Set(users.map((user) => user.login)),
    emails: new Set(users.flatMap((user) => (user.email ? [user.email] : []))),
    children: new Set(children.map(childIdentity)),
  };
}

const displayNameOf = ({ parent }: ImportedFamilyRow) =>
  [parent.lastName, parent.firstName, parent.patronymic].filter(Boolean).join(' ');
const childName = ({ child }: ImportedFamilyRow) => `${child.lastName} ${child.firstName}`;

/**
 * The operator's CSV of parents and children of his municipality, all or nothing: on any problem
 * IMPORT_REJECTED lists the lines. Each new parent gets a temporary password, printed in the returned PDF.
 */
export async function importFamilies(
  dataSource: DataSource,
  municipalityCode: string,
  csv: string,
): Promise<{ accounts: ImportedAccountRow[]; childrenCount: number; credentialsPdf: Buffer }> {
  const parsed = parseCsv(csv);
  if ('error' in parsed) {
    throw rejected([{ line: parsed.line, column: null, code: parsed.error, message: 'Кавычка в этой строке не закрыта.' }]);
  }
  const checked = checkFamilyFile(parsed.rows, municipalityCode, kuzbassDate(new Date()));
  if ('problems' in checked) throw rejected(checked.problems);
  const families = new Map<string, ImportedFamilyRow[]>();
  for (const row of checked.rows) families.set(row.parent.login, [...(families.get(row.parent.login) ?? []), row]);
  const passwords = new Map<string, { password: string; hash: string }>();
  const slips: CredentialsSlip[] = [];
  for (const [login, rows] of families) {
    const password = temporaryPassword();
    passwords.set(login, { password, hash: await hashPassword(password) });
    slips.push({ login, temporaryPassword: password, displayName: displayNameOf(rows[0]), children: rows.map(childName) });
  }
  // rendered before the transaction: no locks held meanwhile, and a failure here writes nothing
  const credentialsPdf = await credentialsSheetPdf(slips, publicWebUrl());

  const accounts = await dataSource
    .transaction(async (manager) => {
      const clashes = clashesWithExisting(checked.rows, await existingRecords(manager, checked.rows, municipalityCode));
      if (clashes.length > 0) throw rejected(clashes);
      const created: ImportedAccountRow[] = [];
      for (const [login, rows] of families) {
        const { parent } = rows[0];
        const displayName = displayNameOf(rows[0]);
        const user = await manager.save(
          UserEntity,
          manager.create(UserEntity, {
            login,
            email: parent.email,
            passwordHash: passwords.get(login)!.hash,
            displayName,
            roles: ['parent'],
            municipalityCode,
            providerId: null,
            mustChangePassword: true,
          }),
        );
        await publish(manager, userRegistered, user.id, { userId: user.id, roles: ['parent'], municipalityCode });
        for (const { child: fields } of rows) {
          const child = await manager.save(ChildEntity, manager.create(ChildEntity, { ...fields, childUserId: null }));
          await manager.insert(ChildParentEntity, { childId: child.id, parentId: user.id });
          await publish(manager, childRegistered, child.id, {
            childId: child.id,
            parentIds: [user.id],
            birthDate: child.birthDate,
            municipalityCode: child.municipalityCode,
            attendsSchool: child.attendsSchool,
            firstName: child.firstName,
          });
        }
        created.push({
          userId: user.id,
          login,
          temporaryPassword: passwords.get(login)!.password,
          displayName,
          children: rows.map(childName),
        });
      }
      return created;
    })
    .catch((error: unknown) => {
      // someone registered the same login or e-mail between our check and the insert
      if (isUniqueViolation(error)) {
        throw new DomainError('IMPORT_CONFLICT', 'Пока файл загружался, часть логинов или адресов заняли. Загрузите файл снова.');
      }
      throw error;
    });
  return { accounts, childrenCount: checked.rows.length, credentialsPdf };
}
