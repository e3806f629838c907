import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DownloadLink } from './download-link.type';

/** identity's document of the child; only what the application form prints */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class IdentityDocument {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => String)
  series: string;

  @Directive('@external')
  @Field(() => String)
  number: string;
}

/** identity's user account; only the applicant's name the form prints */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => String)
  displayName: string;
}

type ApplicantKind = 'parent' | 'pupil';
const applicantKindValues: Record<ApplicantKind, ApplicantKind> = { parent: 'parent', pupil: 'pupil' };
registerEnumType(applicantKindValues, {
  name: 'ApplicantKind',
  description: 'Кто подал заявку: родитель (законный представитель) или сам обучающийся с 14 лет',
});

/** certificates' certificate; only what the application form prints */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Certificate {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => String)
  number: string;

  @Directive('@external')
  @Field(() => Int)
  applicationNumber: number;

  @Directive('@external')
  @Field(() => String)
  groupName: string;

  @Directive('@external')
  @Field(() => ID)
  documentId: string;

  @Directive('@external')
  @Field(() => applicantKindValues)
  applicantKind: ApplicantKind;

  @Directive('@external')
  @Field(() => User)
  applicant: User;
}

/**
 * The form is printed from the current data of the child (identity) and the certificate (certificates),
 * which the gateway fetches for `@requires` as the viewer may see them: identity authorizes and audits those reads.
 */
export const APPLICATION_FORM_REQUIRES =
  'lastName firstName patronymic birthDate address documents { id series number } ' +
  'certificate { id number applicationNumber groupName documentId applicantKind applicant { id displayName } }';

@Directive('@key(fields: "id")')
@ObjectType()
export class Child {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => String)
  lastName: string;

  @Directive('@external')
  @Field(() => String)
  firstName: string;

  @Directive('@external')
  @Field(() => String, { nullable: true })
  patronymic: string | null;

  @Directive('@external')
  @Field(() => String)
  birthDate: string;

  @Directive('@external')
  @Field(() => String)
  address: string;

  @Directive('@external')
  @Field(() => [IdentityDocument])
  documents: IdentityDocument[];

  @Directive('@external')
  @Field(() => Certificate, { nullable: true })
  certificate: Certificate | null;

  @Directive(`@requires(fields: "${APPLICATION_FORM_REQUIRES}")`)
  @Field(() => DownloadLink, {
    description:
      'Заявление на сертификат с согласием на обработку персональных данных (PDF) по текущим данным — «Скачать заявление» и «Обновить заявление»',
  })
  applicationForm: DownloadLink;
}
