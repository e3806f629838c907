import { certificateMoved, publish } from '@pdo/events';
import type { EntityManager } from 'typeorm';
import { lockCertificate } from './certificate-status.operations';
import { recipientsOf } from './recipients';

/**
 * The child now lives in another municipality: the live certificate goes along with its number, into the
 * new municipality's group of the same name (every municipality has the default one); without such a
 * group it keeps its group. The new municipality's operators see it from now on.
 */
export async function moveCertificateWithChild(
  manager: EntityManager,
  childId: string,
  toMunicipalityCode: string,
): Promise<void> {
  const certificate = await lockCertificate(manager, { childId, live: true });
  if (!certificate || certificate.municipalityCode === toMunicipalityCode) return;
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
    childId,
    fromMunicipalityCode: certificate.municipalityCode,
    toMunicipalityCode,
    groupId,
    ...(await recipientsOf(manager, certificate.applicationId)),
  });
}
