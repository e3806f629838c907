import { publish, userRegistered } from '@pdo/events';
import { badInput, DomainError, kuzbassDate, type Viewer } from '@pdo/service-kit';
import type { DataSource } from 'typeorm';
import { childAccess } from '../domain/child-access.rules';
import { hashPassword } from '../domain/password';
import { LOGIN, LOGIN_RULE, pupilLoginRefusal } from '../domain/pupil-login.rules';
import { temporaryPassword } from '../domain/temporary-password';
import { ChildParentEntity } from '../entities/child-parent.entity';
import { ChildEntity } from '../entities/child.entity';
import { UserEntity } from '../entities/user.entity';

/**
 * The МОЦ operator of the child's municipality gives a pupil of 14+ his own login, with a temporary password
 * he replaces at the first sign-in. The login and the card are tied in one transaction.
 */
export async function issuePupilLogin(
  dataSource: DataSource,
  viewer: Viewer,
  input: { childId: string; login: string },
): Promise<{ temporaryPassword: string; user: UserEntity }> {
  const login = input.login.trim().toLowerCase();
  if (!LOGIN.test(login)) throw badInput(LOGIN_RULE, 'login');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await dataSource.transaction(async (manager) => {
    const child = await manager.findOne(ChildEntity, { where: { id: input.childId }, lock: { mode: 'pessimistic_write' } });
    const parentIds = child ? (await manager.findBy(ChildParentEntity, { childId: child.id })).map((l) => l.parentId) : [];
    const today = kuzbassDate(new Date());
    if (!child || childAccess(viewer, { ...child, parentIds }, today) !== 'staff') {
      throw new DomainError('FORBIDDEN', 'Выдать вход можно только обучающемуся своего муниципалитета.');
    }
    const refusal = pupilLoginRefusal(child, today);
    if (refusal) throw new DomainError(refusal.code, refusal.message);
    const [created] = (await manager.query(
      `INSERT INTO users (login, password_hash, display_name, roles, municipality_code, must_change_password,
                          password_reset_by, password_reset_at)
       VALUES ($1, $2, $3, '{child}', $4, true, $5, now())
       ON CONFLICT (login) DO NOTHING RETURNING id`,
      [
        login,
        passwordHash,
        [child.lastName, child.firstName, child.patronymic].filter(Boolean).join(' '),
        child.municipalityCode,
        viewer.userId,
      ],
    )) as { id: string }[];
    if (!created) throw new DomainError('LOGIN_TAKEN', `Логин «${login}» уже занят: придумайте другой.`, { field: 'login' });
    await manager.update(ChildEntity, { id: child.id }, { childUserId: created.id });
    await publish(manager, userRegistered, created.id, {
      userId: created.id,
      roles: ['child'],
      municipalityCode: child.municipalityCode,
    });
    return manager.findOneByOrFail(UserEntity, { id: created.id });
  });
  return { temporaryPassword: password, user };
}
