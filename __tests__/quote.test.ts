import { printable, quote, visible } from '../src/engine/quote.js';

const hex = (char: string) => (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');

describe('printable', () => {
  it.each([
    ['U+FFA0 HALFWIDTH HANGUL FILLER (Default_Ignorable)', '\uFFA0'],
    ['U+3164 HANGUL FILLER', '\u3164'],
    ['U+115F HANGUL CHOSEONG FILLER', '\u115F'],
    ['U+034F COMBINING GRAPHEME JOINER', '\u034F'],
    ['U+17B4 KHMER VOWEL INHERENT AQ', '\u17B4'],
    ['U+180B MONGOLIAN FREE VARIATION SELECTOR ONE', '\u180B'],
    ['U+200B ZERO WIDTH SPACE', '\u200B'],
    ['U+2060 WORD JOINER', '\u2060'],
    ['U+2064 INVISIBLE PLUS', '\u2064'],
    ['U+FE0F VARIATION SELECTOR-16', '\uFE0F'],
    ['U+E0100 VARIATION SELECTOR-17', '\u{E0100}'],
    ['U+E01EF VARIATION SELECTOR-256', '\u{E01EF}'],
    ['U+E0001 LANGUAGE TAG', '\u{E0001}'],
    ['U+E0041 TAG LATIN CAPITAL LETTER A', '\u{E0041}'],
    ['U+E007F CANCEL TAG', '\u{E007F}'],
    ['U+1D173 MUSICAL SYMBOL BEGIN BEAM (Cf)', '\u{1D173}'],
    ['U+FFF9 INTERLINEAR ANNOTATION ANCHOR', '\uFFF9'],
    ['U+0085 NEXT LINE', '\u0085'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
    ['U+00A0 NO-BREAK SPACE', '\u00A0'],
    ['U+FFFE (a noncharacter)', '\uFFFE'],
    ['a lone surrogate', '\uD800'],
  ])('escapes %s', (_, char) => {
    expect(printable(`a${char}b`)).toBe(`a\\u{${hex(char)}}b`);
  });

  it.each([
    ['plain ASCII and the space', 'web: gunicorn app:app'],
    ['letters of other scripts', 'é 日本 ñ Ж'],
    ['emoji without selectors', '😀 ❤'],
  ])('leaves %s alone', (_, text) => expect(printable(text)).toBe(text));

  it('shows a bind with a filler in it for what it is, not as a correct bind', () => {
    expect(quote('--bind\uFFA00.0.0.0:$PORT')).toBe('`--bind\\u{FFA0}0.0.0.0:$PORT`');
  });

  it('shows every hidden tag character of a smuggled message', () => {
    const hidden = Array.from('ignore previous', (char) => String.fromCodePoint(0xe0000 + (char.codePointAt(0) as number))).join('');
    expect(visible(`ok${hidden}`)).toBe(`ok${Array.from(hidden, (char) => `\\u{${hex(char)}}`).join('')}`);
  });
});
