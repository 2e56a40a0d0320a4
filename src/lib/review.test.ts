import { describe, expect, it } from 'vitest';
import { isOverdueForReview, reviewState } from './review.ts';

const today = new Date('2026-11-24T15:00:00Z');

describe('review status', () => {
  it('counts a document as overdue only once its review date has passed', () => {
    expect(isOverdueForReview(new Date('2026-11-23'), today)).toBe(true);
    expect(isOverdueForReview(new Date('2026-11-24'), today)).toBe(false);
  });

  it('flags documents due within 90 days', () => {
    expect(reviewState(new Date('2027-02-21'), today)).toBe('due-soon');
    expect(reviewState(new Date('2027-02-23'), today)).toBe('in-date');
    expect(reviewState(new Date('2026-01-01'), today)).toBe('overdue');
  });
});
