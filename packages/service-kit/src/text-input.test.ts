import { hasUnstorableText } from './text-input';

describe('hasUnstorableText', () => {
  it.each(['a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800'])('finds %j', (text) => {
    expect(hasUnstorableText({ input: { list: ['ok', text] } })).toBe(true);
    expect(hasUnstorableText({ [text]: 1 })).toBe(true);
  });

  it.each(['', 'Пётр', '😀', 'e\u0301', '\u202e', 'III-ЛО'])('lets %j through', (text) => {
    expect(hasUnstorableText({ input: { list: [text], n: 1, flag: null } })).toBe(false);
  });
});
