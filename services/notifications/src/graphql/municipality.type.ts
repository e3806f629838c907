import { Directive, Field, ObjectType } from 'type-graphql';
import { DownloadLink } from './download-link.type';

/** certificates' МОЦ; only what the list of institutions prints */
@ObjectType()
export class SupportCentre {
  @Directive('@external')
  @Field(() => String)
  name: string;

  @Directive('@external')
  @Field(() => String)
  address: string;

  @Directive('@external')
  @Field(() => String)
  phone: string;
}

/** certificates' activating institution; only what the list prints */
@ObjectType()
export class ActivatingInstitution {
  @Directive('@external')
  @Field(() => String)
  name: string;

  @Directive('@external')
  @Field(() => String)
  address: string;

  @Directive('@external')
  @Field(() => String, { nullable: true })
  phone: string | null;
}

/** The list is printed from certificates' current reference data, which is public. */
export const INSTITUTIONS_LIST_REQUIRES =
  'name supportCentre { name address phone } activatingInstitutions { name address phone }';

@Directive('@key(fields: "code")')
@ObjectType()
export class Municipality {
  @Field(() => String)
  code: string;

  @Directive('@external')
  @Field(() => String)
  name: string;

  @Directive('@external')
  @Field(() => SupportCentre, { nullable: true })
  supportCentre: SupportCentre | null;

  @Directive('@external')
  @Field(() => [ActivatingInstitution])
  activatingInstitutions: ActivatingInstitution[];

  @Directive(`@requires(fields: "${INSTITUTIONS_LIST_REQUIRES}")`)
  @Field(() => DownloadLink, {
    description: 'Список учреждений, активирующих сертификаты, с МОЦ и перечнем документов (PDF) — «Скачать учреждения»',
  })
  institutionsList: DownloadLink;
}
