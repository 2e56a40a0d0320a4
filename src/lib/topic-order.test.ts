import { describe, expect, it } from 'vitest';
import { inTopicOrder, topicOrder } from './topic-order.ts';

const requirements = [
  { id: 'test-results', data: { title: 'Telling patients their test results' } },
  { id: 'clinic-letters', data: { title: 'Clinic letters' } },
  { id: 'fit-notes', data: { title: 'Fit notes from hospital clinicians' } },
];
const topics = topicOrder(requirements);

describe('the topic order every list shares', () => {
  it('puts requirements A to Z by title, as the home page lists them', () => {
    expect(topics).toEqual(['clinic-letters', 'fit-notes', 'test-results']);
  });

  it('orders documents by their first requirement, not by the verb their title opens with', () => {
    const hospitalList = [
      { title: 'Issuing fit notes from hospital', requirements: ['fit-notes'] },
      { title: 'Being told test results', requirements: ['test-results', 'clinic-letters'] },
      { title: 'Sending clinic letters on time', requirements: ['clinic-letters'] },
    ];
    expect(inTopicOrder(hospitalList, topics).map((d) => d.title)).toEqual([
      'Sending clinic letters on time',
      'Issuing fit notes from hospital',
      'Being told test results',
    ]);
  });

  it('puts documents of one topic by title, and documents with no known topic last', () => {
    const list = [
      { title: 'No topic', requirements: [] },
      { title: 'Unknown topic', requirements: ['gone'] },
      { title: 'B fit notes', requirements: ['fit-notes'] },
      { title: 'A fit notes', requirements: ['fit-notes'] },
    ];
    expect(inTopicOrder(list, topics).map((d) => d.title)).toEqual([
      'A fit notes',
      'B fit notes',
      'No topic',
      'Unknown topic',
    ]);
  });
});
