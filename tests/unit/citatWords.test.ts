import { describe, expect, it } from 'vitest';
import { cleanQuote } from '../../lib/citat/findQuote';
import { sameWord, tokenize, type Token } from '../../lib/citat/normalise';
import { stem } from '../../lib/citat/stem';

/** Citat-tjek: how two texts' words are read before they are compared (lib/citat/stem.ts, normalise.ts). */

const one = (word: string): Token => tokenize(word)[0]!;
const keys = (text: string) => tokenize(text).map((t) => t.key);

describe('Danish stems', () => {
  it.each([
    ['arbejde', 'arbejdet', 'arbejder'],
    ['tung', 'tunge', 'tungt'],
    ['løfte', 'løftet', 'løfter'],
    ['time', 'timer', 'timerne'],
    ['smerte', 'smerter', 'smerterne'],
    ['let', 'lette', 'lettere'],
    ['vurderer', 'vurderede', 'vurderes'],
  ])('reads %s, %s and %s as one word', (a, b, c) => {
    expect(stem(b)).toBe(stem(a));
    expect(stem(c)).toBe(stem(a));
  });

  it.each([
    ['motiveret', 'umotiveret'],
    ['arbejdsdygtig', 'uarbejdsdygtig'],
    ['fuldtid', 'deltid'],
    ['moderat', 'svær'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

describe('words compared by key', () => {
  it('reads the person in any voice as one: du, patienten, hun, borgeren', () => {
    expect(new Set(keys('du patienten hun borgeren dig hende'))).toEqual(new Set(['#person']));
  });

  it('reads the tenses of an irregular verb as one: kan and kunne, er and var', () => {
    expect(keys('kan')).toEqual(keys('kunne'));
    expect(keys('er')).toEqual(keys('var'));
    expect(keys('har')).toEqual(keys('havde'));
  });

  it('reads a number in words as the number, and "en" only before a unit', () => {
    expect(keys('to timer')).toEqual(keys('2 timer'));
    expect(keys('en time')[0]).toBe('1');
    expect(tokenize('en depression')[0]!.kind).toBe('neutral');
  });

  it('reads phrases that say the same as one word', () => {
    expect(keys('4 timer dagligt')).toEqual(keys('4 timer om dagen'));
    expect(keys('på fuld tid')).toEqual(keys('fuldtid'));
    expect(keys('i kortere perioder')).toEqual(keys('kortvarigt'));
    expect(keys('højst')).toEqual(keys('maksimalt'));
  });

  it('keeps the offsets of each word in the text', () => {
    const text = 'Hun kan arbejde 4 timer om dagen.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('takes a word a scanner misread for the word only in a scanned statement', () => {
    expect(sameWord(one('timer'), one('tirner'), true)).toBe(true);
    expect(sameWord(one('arbejdsevne'), one('arbejdsevnc'), true)).toBe(true);
    expect(sameWord(one('timer'), one('tirner'), false)).toBe(false);
  });

  it('never takes a number, or a word with a prefix that negates it, for another', () => {
    expect(sameWord(one('4'), one('6'), true)).toBe(false);
    expect(sameWord(one('arbejdsdygtig'), one('uarbejdsdygtig'), true)).toBe(false);
  });
});

describe('a quote cleaned of what is not the statement’s words', () => {
  it('leaves out ellipses and notes in square brackets', () => {
    expect(cleanQuote('… kan klare 10 timer om ugen […] i et skånsomt job …')).toBe('kan klare 10 timer om ugen i et skånsomt job');
    expect(cleanQuote('kan [min fremhævning] arbejde')).toBe('kan arbejde');
  });

  it('leaves out a date and "at" that the quote was found with', () => {
    expect(cleanQuote('18. juli 2024, at du har en moderat depression')).toBe('du har en moderat depression');
    expect(cleanQuote('du har en moderat depression')).toBe('du har en moderat depression');
  });
});
