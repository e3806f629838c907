import { attachmentDisposition } from './download';

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the Russian name encoded per RFC 5987', () => {
    expect(attachmentDisposition('дети-07.csv')).toBe(
      `attachment; filename="____-07.csv"; filename*=UTF-8''%D0%B4%D0%B5%D1%82%D0%B8-07.csv`,
    );
    expect(attachmentDisposition('a "b".pdf')).toBe(`attachment; filename="a b.pdf"; filename*=UTF-8''a%20%22b%22.pdf`);
  });
});
