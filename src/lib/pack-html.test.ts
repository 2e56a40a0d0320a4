import { describe, expect, it } from 'vitest';
import { linkPack, nestDocument } from './pack-html.ts';

describe('a document nested in a pack', () => {
  const body = [
    '<h2 id="what-this-means">What this means</h2>',
    '<p>See <a href="#steps">the steps</a> or <a href="#elsewhere">a missing part</a>.</p>',
    '<h3 id="steps">Steps</h3><h5>Deep</h5>',
    '<label for="q">Question</label><input id="q">',
  ].join('');
  const nested = nestDocument(body, { prefix: 'practices-fit-notes', shift: 2 });

  it('moves its headings under the pack heading that holds it, never past h6', () => {
    expect(nested).toContain('<h4 id="practices-fit-notes-what-this-means">What this means</h4>');
    expect(nested).toContain('<h5 id="practices-fit-notes-steps">Steps</h5>');
    expect(nested).toContain('<h6>Deep</h6>');
  });

  it('keeps its ids distinct from other documents and its own links pointing at them', () => {
    expect(nested).toContain('<a href="#practices-fit-notes-steps">the steps</a>');
    expect(nested).toContain('<label for="practices-fit-notes-q">');
    expect(nested).toContain('<input id="practices-fit-notes-q">');
  });

  it('leaves a link to an id the document does not have as it was', () => {
    expect(nested).toContain('<a href="#elsewhere">');
  });
});

describe('the links of a pack', () => {
  const anchors = new Map([['/guidance/practices/fit-notes/', 'practices-fit-notes']]);
  const siteUrl = 'https://hub.example';
  const linked = linkPack(
    [
      '<a href="/guidance/practices/fit-notes/">in the pack</a>',
      '<a href="/guidance/practices/fit-notes/#what-this-means">a part in the pack</a>',
      '<a href="/glossary/#gp">elsewhere</a>',
      '<a href="https://www.bma.org.uk/">another website</a>',
      '<a href="#cover">the cover</a>',
    ].join(' '),
    { anchors, siteUrl },
  );

  it('points a link to a page the pack holds at that part of the pack', () => {
    expect(linked).toContain('<a href="#practices-fit-notes">in the pack</a>');
    expect(linked).toContain(
      '<a href="#practices-fit-notes-what-this-means">a part in the pack</a>',
    );
  });

  it('keeps a link to any other page of the site, with its full address for print', () => {
    expect(linked).toContain(
      '<a href="/glossary/#gp" data-app-address="https://hub.example/glossary/#gp">elsewhere</a>',
    );
  });

  it('leaves links to other websites and within the pack alone', () => {
    expect(linked).toContain('<a href="https://www.bma.org.uk/">another website</a>');
    expect(linked).toContain('<a href="#cover">the cover</a>');
  });
});
