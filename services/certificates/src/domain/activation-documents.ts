/** What the operator checks before activating a certificate (guide, step 14). */
export const activationDocuments = ['applicant_passport', 'child_document', 'application_form', 'residence_proof'] as const;
export type ActivationDocument = (typeof activationDocuments)[number];

export const activationDocumentLabels: Record<ActivationDocument, string> = {
  applicant_passport: 'паспорт заявителя',
  child_document: 'свидетельство о рождении или паспорт ребёнка',
  application_form: 'заявление и согласие на обработку персональных данных',
  residence_proof: 'документ, подтверждающий регистрацию ребёнка в муниципалитете',
};

/** Proof of residence only for a child who attends no kindergarten or school. */
export function requiredActivationDocuments(attendsSchool: boolean): ActivationDocument[] {
  return activationDocuments.filter((document) => document !== 'residence_proof' || !attendsSchool);
}

export function missingActivationDocuments(checked: readonly ActivationDocument[], attendsSchool: boolean): ActivationDocument[] {
  return requiredActivationDocuments(attendsSchool).filter((document) => !checked.includes(document));
}

export interface ChecklistItem {
  document: ActivationDocument;
  label: string;
  checked: boolean;
}

/** What the operator asks the applicant to bring, with what was already checked at activation. */
export function activationChecklist(attendsSchool: boolean, checked: readonly string[] | null): ChecklistItem[] {
  return requiredActivationDocuments(attendsSchool).map((document) => ({
    document,
    label: activationDocumentLabels[document],
    checked: checked?.includes(document) ?? false,
  }));
}
