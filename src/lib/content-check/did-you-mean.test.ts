import { describe, expect, it } from 'vitest';
import { didYouMean, oneOf } from './did-you-mean.ts';
import { AUDIENCES } from '../../schemas/fields.ts';

describe('didYouMean', () => {
  const audiences = [...AUDIENCES];

  it.each([
    ['practise-staff', 'practice-staff'],
    ['GP', 'gp'],
    ['patients', 'patient'],
    ['comissioner', 'commissioner'],
  ])('suggests %s → %s', (found, expected) => {
    expect(didYouMean(found, audiences)).toBe(expected);
  });

  it('suggests nothing when no value is close', () => {
    expect(didYouMean('pharmacist', audiences)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  it('lists the allowed values and adds the suggestion', () => {
    expect(oneOf(['a-b', 'c-d'], 'a-c')).toBe('one of a-b, c-d. Did you mean "a-b"?');
    expect(oneOf(['a-b', 'c-d'], 42)).toBe('one of a-b, c-d');
  });
});
