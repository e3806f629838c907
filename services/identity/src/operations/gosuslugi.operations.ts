import { userRegistered, publish } from '@pdo/events';
import { DomainError, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  displayNameFrom,
  gosuslugiLogin,
  gosuslugiSignInExpiry,
  normalizeSnils,
  verifiedEmailFrom,
  type GosuslugiClaims,
} from '../domain/gosuslugi.rules';
import { hashPassword } from '../domain/password';
import { randomSecret } from '../domain/secret-token';
import { GosuslugiSignInEntity } from '../entities/gosuslugi-sign-in.entity';
import { UserEntity } from '../entities/user.entity';
import { finishGosuslugiSignIn, gosuslugiSignInFailed, startGosuslugiSignIn, type Callback } from '../gosuslugi/gosuslugi.client';
import { issueRefreshToken } from './refresh-tokens';
import type { SignedIn } from './session.operations';

const alreadyLinked = () =>
  new DomainError(
    'GOSUSLUGI_ALREADY_LINKED',
    'Эта учётная запись Госуслуг уже привязана к другому пользователю. Войдите через Госуслуги или обратитесь в МОЦ.',
  );

/** The account behind the Gosuslugi person: the one linking now, the one linked before, one with the same SNILS, or a new parent. */
async function accountFor(manager: EntityManager, claims: GosuslugiClaims, linkingUserId: string | null): Promise<UserEntity> {
  const linked = await manager.findOne(UserEntity, { where: { esiaSubject: claims.sub }, lock: { mode: 'pessimistic_write' } });
  const snils = normalizeSnils(claims.snils);
  if (linkingUserId) {
    if (linked && linked.id !== linkingUserId) throw alreadyLinked();
    const user = await manager.findOneOrFail(UserEntity, { where: { id: linkingUserId }, lock: { mode: 'pessimistic_write' } });
    if (user.esiaSubject && user.esiaSubject !== claims.sub) throw alreadyLinked();
    const snilsFree = snils && !user.snils && !(await manager.existsBy(UserEntity, { snils }));
    await manager.update(UserEntity, { id: user.id }, { esiaSubject: claims.sub, ...(snilsFree ? { snils } : {}) });
    return { ...user, esiaSubject: claims.sub };
  }
  if (linked) return linked;
  const sameSnils = snils ? await manager.findOne(UserEntity, { where: { snils }, lock: { mode: 'pessimistic_write' } }) : null;
  if (sameSnils && !sameSnils.esiaSubject) {
    await manager.update(UserEntity, { id: sameSnils.id }, { esiaSubject: claims.sub });
    return { ...sameSnils, esiaSubject: claims.sub };
  }
  const email = verifiedEmailFrom(claims);
  const emailFree =
    email &&
    !(await manager.createQueryBuilder(UserEntity, 'user').where('lower(user.email) = lower(:email)', { email }).getExists());
  const user = await manager.save(
    UserEntity,
    manager.create(UserEntity, {
      login: gosuslugiLogin(randomSecret().slice(0, 12)),
      // nobody knows this password; the person signs in through Gosuslugi or recovers one by e-mail
      passwordHash: await hashPassword(randomSecret()),
      displayName: displayNameFrom(claims),
      email: emailFree ? email : null,
      roles: ['parent'],
      municipalityCode: null,
      providerId: null,
      esiaSubject: claims.sub,
      snils: sameSnils ? null : snils,
    }),
  );
  await publish(manager, userRegistered, user.id, { userId: user.id, roles: ['parent'] });
  return user;
}

/** Where to send the person; state, nonce and PKCE verifier stay on the server. */
export async function startGosuslugi(dataSource: DataSource, viewer: Viewer, link: boolean): Promise<string> {
  const started = await startGosuslugiSignIn();
  await dataSource.getRepository(GosuslugiSignInEntity).insert({
    state: started.state,
    nonce: started.nonce,
    codeVerifier: started.codeVerifier,
    linkingUserId: link ? viewer.userId : null,
    expiresAt: gosuslugiSignInExpiry(new Date()),
  });
  return started.url;
}

/** The callback: the attempt is spent, the code exchanged, the account found, linked or created. */
export async function completeGosuslugi(dataSource: DataSource, callback: Callback): Promise<SignedIn> {
  // Spent before the exchange, so a replayed callback never signs anyone in twice.
  const attempt = await dataSource.transaction(async (manager) => {
    const found = await manager.findOne(GosuslugiSignInEntity, {
      where: { state: callback.state },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found || found.usedAt || found.expiresAt.getTime() <= Date.now()) return null;
    await manager.update(GosuslugiSignInEntity, { state: found.state }, { usedAt: new Date() });
    return found;
  });
  if (!attempt) throw gosuslugiSignInFailed();
  const claims = await finishGosuslugiSignIn(callback, attempt);
  return dataSource.transaction(async (manager) => {
    const user = await accountFor(manager, claims, attempt.linkingUserId);
    return { user, refreshToken: await issueRefreshToken(manager, user.id) };
  });
}
