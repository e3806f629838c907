import { forbidden, notFound, parseInput, type RequestContext } from '@pdo/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { downloadLink } from '../documents/document.store';
import type { DocumentData } from '../documents/document.renderer';
import { mayDownload, type DocumentKind } from '../domain/document-access.rules';
import { filesSecret } from '../notifications.config';
import { findDocument } from '../operations/document.operations';
import { DownloadLink } from './download-link.type';

const idInput = z.uuid({ message: 'Неверный идентификатор.' });

async function linkTo(
  { viewer, dataSource }: RequestContext,
  kind: DocumentKind,
  subjectKey: string,
  notReady: string,
): Promise<DownloadLink> {
  const entity = await findDocument(dataSource, kind, parseInput(idInput, subjectKey));
  if (!entity) throw notFound(notReady);
  const scope = { ownerUserIds: entity.ownerUserIds, municipalityCode: entity.municipalityCode, providerId: entity.providerId };
  if (!mayDownload(viewer, kind, scope)) throw forbidden('Этот документ вам недоступен.');
  return downloadLink(entity.id, { kind, data: entity.data } as DocumentData, filesSecret());
}

@Resolver()
export class DocumentLinkResolver {
  @Authorized()
  @Query(() => DownloadLink, {
    description: 'Договор об образовании по принятой заявке (PDF): родителю, организации и оператору муниципалитета',
  })
  enrollmentContract(@Arg('enrollmentId', () => ID) enrollmentId: string, @Ctx() context: RequestContext): Promise<DownloadLink> {
    return linkTo(context, 'contract', enrollmentId, 'Договор ещё не сформирован: он появится, когда организация примет заявку.');
  }

  @Authorized()
  @Query(() => DownloadLink, {
    description: 'Счёт организации за месяц (PDF): её сотрудникам, финансовому органу и операторам муниципалитета',
  })
  invoiceDocument(@Arg('invoiceId', () => ID) invoiceId: string, @Ctx() context: RequestContext): Promise<DownloadLink> {
    return linkTo(context, 'invoice', invoiceId, 'Счёт ещё не сформирован. Попробуйте через минуту.');
  }
}
