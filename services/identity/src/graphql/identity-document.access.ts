import type { IdentityDocumentEntity } from '../entities/identity-document.entity';
import type { ReadScope } from './child.type';
import type { IdentityDocument } from './identity-document.type';

export const toDocument = (entity: IdentityDocumentEntity, scope: ReadScope): IdentityDocument => ({
  id: entity.id,
  childId: entity.childId,
  kind: entity.kind,
  series: entity.series,
  number: entity.number,
  issuedOn: entity.issuedOn,
  issuer: entity.issuer,
  divisionCode: entity.divisionCode,
  createdAt: entity.createdAt,
  scope,
});
