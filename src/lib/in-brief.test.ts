import { describe, expect, it } from 'vitest';
import { splitAfterInBrief } from './in-brief.ts';

describe('putting "In brief" before the contents list', () => {
  it('splits after the In brief section, before the next section', () => {
    const html =
      '<p>Type</p><h2 id="in-brief">In brief</h2><ul><li>A</li></ul><h2 id="why">Why</h2><p>B</p>';
    expect(splitAfterInBrief(html)).toEqual({
      brief: '<p>Type</p><h2 id="in-brief">In brief</h2><ul><li>A</li></ul>',
      rest: '<h2 id="why">Why</h2><p>B</p>',
    });
  });

  it('keeps a body whose only section is In brief together', () => {
    const html = '<h2 id="in-brief">In brief</h2><p>A</p>';
    expect(splitAfterInBrief(html)).toEqual({ brief: html, rest: '' });
  });

  it('leaves a body that does not open with In brief as it is', () => {
    const html = '<h2 id="who">Who</h2><p>A</p><h2 id="in-brief">In brief</h2>';
    expect(splitAfterInBrief(html)).toEqual({ brief: '', rest: html });
    expect(splitAfterInBrief('<p>No sections</p>')).toEqual({
      brief: '',
      rest: '<p>No sections</p>',
    });
  });
});
