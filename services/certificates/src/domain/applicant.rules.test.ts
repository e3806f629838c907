import { applicantOf, documentRefusal } from './applicant.rules';

const born = '2011-03-05';
const neither = { asParent: false, asPupil: false };
const parent = { asParent: true, asPupil: false };
const pupil = { asParent: false, asPupil: true };

describe('who may apply for a child’s certificate', () => {
  it('a parent, at any age of the child', () => {
    for (const today of ['2016-03-05', '2025-03-04', '2025-03-05', '2029-03-04'])
      expect(applicantOf(parent, born, today)).toBe('parent');
  });

  it('the pupil himself from his 14th birthday, not the day before', () => {
    expect(applicantOf(pupil, born, '2025-03-04')).toBeNull();
    expect(applicantOf(pupil, born, '2025-03-05')).toBe('pupil');
    expect(applicantOf(pupil, born, '2029-03-04')).toBe('pupil');
  });

  it('nobody else: another family, staff, a pupil acting for another child', () => {
    for (const today of ['2020-01-01', '2026-12-04']) expect(applicantOf(neither, born, today)).toBeNull();
  });

  it('a pupil with his passport only; a parent with either document', () => {
    expect(documentRefusal('pupil', 'birth_certificate')?.extensions.code).toBe('PASSPORT_REQUIRED');
    expect(documentRefusal('pupil', 'passport')).toBeNull();
    expect(documentRefusal('parent', 'birth_certificate')).toBeNull();
    expect(documentRefusal('parent', 'passport')).toBeNull();
  });
});
