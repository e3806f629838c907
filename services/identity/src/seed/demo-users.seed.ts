import type { ServiceRuntime } from '@pdo/service-kit';
import { hashPassword } from '../domain/password';
import { UserEntity } from '../entities/user.entity';
import type { IdentityConfig } from '../identity.config';

/** Fixed ids so other services' demo data can point at these people. */
export const demoUsers = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    login: 'parent',
    displayName: 'Иванова Мария Петровна',
    roles: ['parent'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    login: 'child14',
    displayName: 'Иванов Артём Сергеевич',
    roles: ['child'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    login: 'operator',
    displayName: 'Оператор МОЦ г. Киселевск',
    roles: ['operator'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    login: 'admin',
    displayName: 'Администратор РМЦ',
    roles: ['regional_admin'],
    municipalityCode: null,
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000005',
    login: 'finance',
    displayName: 'Финансовый орган г. Киселевск',
    roles: ['finance_officer'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000006',
    login: 'provider',
    displayName: 'ДДТ г. Киселевск',
    roles: ['provider_staff'],
    municipalityCode: '07',
    providerId: '00000000-0000-4000-8000-0000000000a1',
  },
] as const;

export async function seedDemoUsers({ dataSource, logger }: ServiceRuntime<IdentityConfig>): Promise<void> {
  const password = process.env.DEMO_PASSWORD;
  if (!password) throw new Error('SEED_DEMO=true needs DEMO_PASSWORD');
  const passwordHash = await hashPassword(password);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values(demoUsers.map((u) => ({ ...u, roles: [...u.roles], passwordHash })))
    .orUpdate(['password_hash'], ['login'])
    .execute();
  logger.info({ logins: demoUsers.map((u) => u.login) }, 'demo users ready');
}
