import { describe, expect, it } from 'vitest';
import { editionLabel, providerTypesLabel } from './labels.ts';

describe('labels readers see', () => {
  it('says plainly when a clause comes from an edition whose year is not known', () => {
    expect(editionLabel('later-edition')).toBe('Later edition (year not stated)');
    expect(editionLabel('2017-19')).toBe('2017-19');
  });

  it('lists provider types in words', () => {
    expect(providerTypesLabel(['acute', 'mental-health', 'community'])).toBe(
      'acute hospitals, mental health services and community services',
    );
    expect(providerTypesLabel(['ambulance'])).toBe('ambulance services');
  });
});
