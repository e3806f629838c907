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
    email: 'parent@pdo.example.ru',
    roles: ['parent'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    login: 'child14',
    displayName: 'Иванов Артём Сергеевич',
    email: null,
    roles: ['child'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    login: 'operator',
    displayName: 'Оператор МОЦ г. Киселевск',
    email: null,
    roles: ['operator'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    login: 'admin',
    displayName: 'Администратор РМЦ',
    email: null,
    roles: ['regional_admin'],
    municipalityCode: null,
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000005',
    login: 'finance',
    displayName: 'Финансовый орган г. Киселевск',
    email: null,
    roles: ['finance_officer'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000006',
    login: 'provider',
    displayName: 'ДДТ г. Киселевск',
    email: null,
    roles: ['provider_staff'],
    municipalityCode: '07',
    providerId: '00000000-0000-4000-8000-0000000000a1',
  },
  {
    id: '00000000-0000-4000-8000-000000000007',
    login: 'parent2',
    displayName: 'Петрова Анна Викторовна',
    email: 'parent2@pdo.example.ru',
    roles: ['parent'],
    municipalityCode: '07',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000008',
    login: 'operator01',
    displayName: 'Оператор МОЦ г. Кемерово',
    email: null,
    roles: ['operator'],
    municipalityCode: '01',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000009',
    login: 'finance01',
    displayName: 'Финансовый орган г. Кемерово',
    email: null,
    roles: ['finance_officer'],
    municipalityCode: '01',
    providerId: null,
  },
  {
    id: '00000000-0000-4000-8000-00000000000a',
    login: 'provider2',
    displayName: 'ЦДТ г. Киселевск',
    email: null,
    roles: ['provider_staff'],
    municipalityCode: '07',
    providerId: '00000000-0000-4000-8000-0000000000a2',
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
    .orUpdate(['password_hash', 'email'], ['login'])
    .execute();
  logger.info({ logins: demoUsers.map((u) => u.login) }, 'demo users ready');
}
