import { certificateMoved, certificateMoveRefused, publish } from '@pdo/events';
import { DomainError, notFound, type Viewer } from '@pdo/service-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CertificateEntity } from '../entities/certificate.entity';
import { lockCertificate } from './certificate-status.operations';
import { recipientsOf } from './recipients';
import { assertOperatorOf } from './scope';

export type MoveRequestStatus = 'pending' | 'confirmed' | 'refused' | 'withdrawn';
export type MoveDecision = Extract<MoveRequestStatus, 'confirmed' | 'refused'>;

export interface MoveRequest {
  id: string;
  certificateId: string;
  certificateNumber: string;
  fromMunicipalityCode: string;
  toMunicipalityCode: string;
  status: MoveRequestStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  reason: string | null;
}

const MOVE_REQUEST_COLUMNS = `r.id, r.certificate_id AS "certificateId", c.number AS "certificateNumber",
  r.from_municipality_code AS "fromMunicipalityCode", r.to_municipality_code AS "toMunicipalityCode", r.status,
  r.requested_at AS "requestedAt", r.decided_at AS "decidedAt", r.reason`;

/**
 * The child's municipality changed (the parent says the family moved): the new municipality's МОЦ is asked
 * to confirm. An open request for the same certificate is withdrawn; moving back withdraws it too.
 */
export async function requestCertificateMove(manager: EntityManager, childId: string, toMunicipalityCode: string): Promise<void> {
  const certificate = await lockCertificate(manager, { childId, live: true });
  if (!certificate) return;
  await manager.query(
    `UPDATE certificate_move_requests SET status = 'withdrawn', decided_at = now() WHERE certificate_id = $1 AND status = 'pending'`,
    [certificate.id],
  );
  if (certificate.municipalityCode === toMunicipalityCode) return;
  await manager.query(
    `INSERT INTO certificate_move_requests (certificate_id, from_municipality_code, to_municipality_code) VALUES ($1, $2, $3)`,
    [certificate.id, certificate.municipalityCode, toMunicipalityCode],
  );
}

/** Open move requests to the operator's municipality, oldest first. */
export async function pendingMoveRequests(dataSource: DataSource, viewer: Viewer): Promise<MoveRequest[]> {
  assertOperatorOf(viewer, viewer.municipalityCode ?? '');
  return dataSource.query(
    `SELECT ${MOVE_REQUEST_COLUMNS} FROM certificate_move_requests r JOIN certificates c ON c.id = r.certificate_id
     WHERE r.to_municipality_code = $1 AND r.status = 'pending' ORDER BY r.requested_at, r.id`,
    [viewer.municipalityCode],
  );
}

/** The open move request of a certificate, if any: the parent sees that the new МОЦ has yet to confirm. */
export async function pendingMoveOf(manager: EntityManager, certificateId: string): Promise<MoveRequest | null> {
  const [row]: MoveRequest[] = await manager.query(
    `SELECT ${MOVE_REQUEST_COLUMNS} FROM certificate_move_requests r JOIN certificates c ON c.id = r.certificate_id
     WHERE r.certificate_id = $1 AND r.status = 'pending'`,
    [certificateId],
  );
  return row ?? null;
}

/**
 * The МОЦ of the new municipality confirms (the certificate moves) or refuses with a reason, once. A
 * certificate terminated or moved in the meantime cannot be moved by an old request.
 */
export function decideCertificateMove(
  dataSource: DataSource,
  viewer: Viewer,
  requestId: string,
  decision: MoveDecision,
  reason: string | null,
): Promise<MoveRequest> {
  return dataSource.transaction(async (manager) => {
    const [request]: { certificate_id: string; from_code: string; to_code: string; status: MoveRequestStatus }[] =
      await manager.query(
        `SELECT certificate_id, from_municipality_code AS from_code, to_municipality_code AS to_code, status
         FROM certificate_move_requests WHERE id = $1 FOR UPDATE`,
        [requestId],
      );
    if (!request) throw notFound('Заявление о переезде не найдено.');
    assertOperatorOf(viewer, request.to_code);
    if (request.status !== 'pending') {
      throw new DomainError('MOVE_ALREADY_DECIDED', 'Это заявление о переезде уже рассмотрено или отозвано.');
    }
    if (decision === 'confirmed') {
      const certificate = await lockCertificate(manager, { id: request.certificate_id });
      if (!certificate || certificate.status === 'terminated' || certificate.municipalityCode !== request.from_code) {
        throw new DomainError(
          'MOVE_NOT_POSSIBLE',
          'Сертификат прекращён или уже относится к другому муниципалитету: перевести его по этому заявлению нельзя.',
        );
      }
      await moveCertificate(manager, certificate, request.to_code);
    } else {
      await tellRefusal(manager, requestId, request, reason);
    }
    await manager.query(
      `UPDATE certificate_move_requests SET status = $2, decided_by = $3, decided_at = now(), reason = $4 WHERE id = $1`,
      [requestId, decision, viewer.userId, reason],
    );
    const [decided]: MoveRequest[] = await manager.query(
      `SELECT ${MOVE_REQUEST_COLUMNS} FROM certificate_move_requests r JOIN certificates c ON c.id = r.certificate_id WHERE r.id = $1`,
      [requestId],
    );
    return decided!;
  });
}

/** The family is told the move was refused and why (the reason is required by the mutation). */
async function tellRefusal(
  manager: EntityManager,
  requestId: string,
  request: { certificate_id: string; from_code: string; to_code: string },
  reason: string | null,
): Promise<void> {
  const [certificate]: { number: string; child_id: string; application_id: string }[] = await manager.query(
    'SELECT number, child_id, application_id FROM certificates WHERE id = $1',
    [request.certificate_id],
  );
  if (!certificate || !reason) return;
  await publish(manager, certificateMoveRefused, request.certificate_id, {
    moveRequestId: requestId,
    certificateId: request.certificate_id,
    number: certificate.number,
    childId: certificate.child_id,
    fromMunicipalityCode: request.from_code,
    toMunicipalityCode: request.to_code,
    reason,
    ...(await recipientsOf(manager, certificate.application_id)),
  });
}

/**
 * The certificate goes along with its number into the new municipality's group of the same name (every
 * municipality has the default one); without such a group it keeps its group. The new municipality's
 * operators see it from now on; billing moves the account from the next month.
 */
async function moveCertificate(
  manager: EntityManager,
  certificate: CertificateEntity,
  toMunicipalityCode: string,
): Promise<void> {
  const [sameName] = (await manager.query(
    `SELECT g.id FROM certificate_groups g JOIN certificate_groups old ON old.name = g.name
     WHERE old.id = $1 AND g.municipality_code = $2`,
    [certificate.groupId, toMunicipalityCode],
  )) as { id: string }[];
  const groupId = sameName?.id ?? certificate.groupId;
  await manager.query('UPDATE certificates SET municipality_code = $2, group_id = $3, updated_at = now() WHERE id = $1', [
    certificate.id,
    toMunicipalityCode,
    groupId,
  ]);
  await manager.query(
    `INSERT INTO certificate_moves (certificate_id, from_municipality_code, to_municipality_code, from_group_id, to_group_id)
     VALUES ($1, $2, $3, $4, $5)`,
    [certificate.id, certificate.municipalityCode, toMunicipalityCode, certificate.groupId, groupId],
  );
  await publish(manager, certificateMoved, certificate.id, {
    certificateId: certificate.id,
    number: certificate.number,
    childId: certificate.childId,
    fromMunicipalityCode: certificate.municipalityCode,
    toMunicipalityCode,
    groupId,
    ...(await recipientsOf(manager, certificate.applicationId)),
  });
}
