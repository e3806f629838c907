import { activationChecklist, missingActivationDocuments, requiredActivationDocuments } from './activation-documents';

describe('activation documents', () => {
  it('need no proof of residence for a child who attends a school or kindergarten', () => {
    expect(requiredActivationDocuments(true)).toEqual(['applicant_passport', 'child_document', 'application_form']);
  });

  it('need proof of residence for a child who attends neither', () => {
    expect(requiredActivationDocuments(false)).toEqual([
      'applicant_passport',
      'child_document',
      'application_form',
      'residence_proof',
    ]);
  });

  it('name what is missing', () => {
    expect(missingActivationDocuments(['applicant_passport', 'application_form'], true)).toEqual(['child_document']);
    expect(missingActivationDocuments(['applicant_passport', 'child_document', 'application_form'], false)).toEqual([
      'residence_proof',
    ]);
    expect(missingActivationDocuments([], true)).toHaveLength(3);
  });

  it('accept a complete set, and extra proof for a pupil', () => {
    expect(missingActivationDocuments(['applicant_passport', 'child_document', 'application_form'], true)).toEqual([]);
    expect(
      missingActivationDocuments(['residence_proof', 'application_form', 'child_document', 'applicant_passport'], true),
    ).toEqual([]);
  });
});

describe('activationChecklist', () => {
  it('lists the required documents with labels, proof of residence only outside school', () => {
    expect(activationChecklist(true, null)).toEqual([
      { document: 'applicant_passport', label: 'паспорт заявителя', checked: false },
      { document: 'child_document', label: 'свидетельство о рождении или паспорт ребёнка', checked: false },
      { document: 'application_form', label: 'заявление и согласие на обработку персональных данных', checked: false },
    ]);
    expect(activationChecklist(false, null).map((item) => item.document)).toContain('residence_proof');
  });

  it('marks what was checked at activation', () => {
    const items = activationChecklist(false, ['child_document', 'residence_proof']);
    expect(items.filter((item) => item.checked).map((item) => item.document)).toEqual(['child_document', 'residence_proof']);
  });
});
