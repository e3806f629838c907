import type { RequestContext } from '@pdo/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { downloadLink } from '../documents/document.store';
import { filesSecret } from '../notifications.config';
import { storeDocument } from '../operations/document.operations';
import { DownloadLink } from './download-link.type';
import { Municipality } from './municipality.type';

@Resolver(() => Municipality)
export class MunicipalityDocumentsResolver {
  /** Public data, so no sign-in: the list is stored under the municipality code and re-rendered from the latest data. */
  @FieldResolver(() => DownloadLink)
  async institutionsList(@Root() municipality: Municipality, @Ctx() { dataSource }: RequestContext): Promise<DownloadLink> {
    const document = {
      kind: 'institutions_list' as const,
      data: {
        municipalityName: municipality.name,
        supportCentre: municipality.supportCentre,
        institutions: municipality.activatingInstitutions.map(({ name, address, phone }) => ({ name, address, phone })),
      },
    };
    const scope = { ownerUserIds: [], municipalityCode: municipality.code, providerId: null };
    const id = await storeDocument(dataSource, { ...document, subjectKey: municipality.code, scope });
    return downloadLink(id, document, filesSecret());
  }
}
