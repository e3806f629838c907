import { missingActivationDocuments, requiredActivationDocuments } from './activation-documents';

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
