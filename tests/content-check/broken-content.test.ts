import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/content-check/index.ts';
import { problemText } from '../../src/lib/content-check/problem.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/broken-content');
let result: CheckResult;

/** The message blocks reported for one fixture file, as an author would read them. */
function messagesFor(file: string): string {
  return result.problems
    .filter((p) => p.file === `content/${file}`)
    .map(problemText)
    .join('\n\n');
}

beforeAll(async () => {
  result = await checkContent({ root: fixture, today: new Date('2026-01-01T00:00:00Z') });
});

describe('content check on a fixture with one mistake per file', () => {
  it('reports a YAML syntax error with its line', () => {
    expect(messagesFor('guidance/yaml-syntax.md')).toMatchInlineSnapshot(`
      "content/guidance/yaml-syntax.md:3
        frontmatter: could not be read (YAML syntax)
        Found:    Missing closing "quote
        Expected: one "field: value" per line; lists indented under their field with "- "; text containing a colon in "quotes"
        Fix:      Look at this line and the one before it: a missing quote, a missing space after a colon or a wrong indent is the usual cause."
    `);
  });

  it('reports a missing field', () => {
    expect(messagesFor('guidance/missing-field.md')).toMatchInlineSnapshot(`
      "content/guidance/missing-field.md:2
        summary: is missing
        Found:    nothing (the field is missing)
        Expected: text
        Fix:      Add a line "summary: …" to the frontmatter (between the --- lines)."
    `);
  });

  it('reports an unknown field and suggests the one the author meant', () => {
    expect(messagesFor('guidance/unknown-field.md')).toMatchInlineSnapshot(`
      "content/guidance/unknown-field.md:11
        reviewdue: is not a field this kind of document has
        Found:    a field called "reviewdue"
        Expected: one of title, summary, requirements, organisations, audience, published, updated, reviewDue, sources, status, questions. Did you mean "reviewDue"?
        Fix:      Check the spelling of "reviewdue" (field names are case-sensitive), or remove the line."
    `);
  });

  it('reports a field of the wrong type', () => {
    expect(messagesFor('guidance/mistyped-field.md')).toMatchInlineSnapshot(`
      "content/guidance/mistyped-field.md:6
        audience: should be a list
        Found:    "gp"
        Expected: a list, e.g. [first, second] or one "- item" per line
        Fix:      Write audience as a list, e.g. [first, second] or one "- item" per line."
    `);
  });

  it('reports a value that is not allowed, with the allowed values and the near miss', () => {
    expect(messagesFor('guidance/wrong-enum.md')).toMatchInlineSnapshot(`
      "content/guidance/wrong-enum.md:6
        audience → item 1: is not one of the allowed values
        Found:    "practise-staff"
        Expected: one of gp, practice-staff, hospital-clinician, provider-manager, commissioner, patient. Did you mean "practice-staff"?
        Fix:      Replace it with one of the allowed values, spelled exactly as shown."
    `);
  });

  it('reports impossible dates instead of rolling them forward', () => {
    expect(messagesFor('guidance/impossible-date.md')).toMatchInlineSnapshot(`
      "content/guidance/impossible-date.md:7
        published: is not a real date
        Found:    "2025-02-30"
        Expected: a real date written as YYYY-MM-DD, e.g. 2025-04-01
        Fix:      Check the day and the month: 2025-04-01 is 1 April 2025. Months go up to 12, and February has 28 days (29 in a leap year)."
    `);
    expect(messagesFor('guidance/impossible-month.md')).toMatchInlineSnapshot(`
      "content/guidance/impossible-month.md:8
        updated: is not a real date
        Found:    "2025-13-45"
        Expected: a real date written as YYYY-MM-DD, e.g. 2025-04-01
        Fix:      Check the day and the month: 2025-04-01 is 1 April 2025. Months go up to 12, and February has 28 days (29 in a leap year)."
    `);
  });

  it('reports a review date that is not after the last update', () => {
    expect(messagesFor('guidance/review-before-update.md')).toMatchInlineSnapshot(`
      "content/guidance/review-before-update.md:9
        reviewDue: should be after updated
        Found:    "2025-02-01", and updated is "2025-02-01"
        Expected: a date after updated
        Fix:      Change reviewDue to a date after updated, or correct updated."
    `);
  });

  it('reports unknown requirement and organisation ids', () => {
    expect(messagesFor('guidance/unknown-requirement.md')).toMatchInlineSnapshot(`
      "content/guidance/unknown-requirement.md:4
        requirements → item 1: is not the id of any of the requirements
        Found:    "discharge-summary"
        Expected: one of discharge-summaries. Did you mean "discharge-summaries"?
        Fix:      Use the file name (without .md) of a file in content/requirements/, or add that file first."
    `);
    expect(messagesFor('guidance/unknown-organisation.md')).toMatchInlineSnapshot(`
      "content/guidance/unknown-organisation.md:5
        organisations → item 1: is not the id of any of the organisations
        Found:    "nhs-englnd"
        Expected: one of nhs-england. Did you mean "nhs-england"?
        Fix:      Use the file name (without .md) of a file in content/organisations/, or add that file first."
    `);
  });

  it('reports two files with the same web address or the same title', () => {
    expect(messagesFor('guidance/duplicate-slug.mdx')).toMatchInlineSnapshot(`
      "content/guidance/duplicate-slug.mdx:1
        file name: gives the same web address as another file
        Found:    /guidance/duplicate-slug/, also used by content/guidance/duplicate-slug.md
        Expected: a web address no other document uses
        Fix:      Rename one of the two files (the file name becomes the web address), or delete the copy."
    `);
    expect(messagesFor('guidance/duplicate-title.md')).toMatchInlineSnapshot(`
      "content/guidance/duplicate-title.md:2
        title: is the same as the title of another document
        Found:    "Same title twice", also used by content/guidance/duplicate-title-again.md
        Expected: a title no other guidance entry uses, so readers can tell them apart in lists and search
        Fix:      Make one of the two titles more specific."
    `);
  });

  it('reports links to pages that do not exist, to content files and to drafts', () => {
    expect(messagesFor('guidance/broken-link.md')).toMatchInlineSnapshot(`
      "content/guidance/broken-link.md:21
        link: points at a page that does not exist
        Found:    "/guidance/brokn-link/"
        Expected: the address of a page of this site. Did you mean /guidance/broken-link/?
        Fix:      Open the page you mean on the website and copy the part of its address that starts with /.

      content/guidance/broken-link.md:21
        link: points at a page that does not exist
        Found:    "/guidance/no-such-page/"
        Expected: the address of a page of this site
        Fix:      Open the page you mean on the website and copy the part of its address that starts with /."
    `);
    expect(messagesFor('guidance/link-to-file.md')).toMatchInlineSnapshot(`
      "content/guidance/link-to-file.md:21
        link: points at a content file, not at a page of the site
        Found:    "./broken-link.md"
        Expected: the page's web address: /guidance/broken-link/
        Fix:      Change the link to /guidance/broken-link/"
    `);
    expect(messagesFor('guidance/link-to-draft.md')).toMatchInlineSnapshot(`
      "content/guidance/link-to-draft.md:21
        link: points at a draft, which is not published
        Found:    "/guidance/draft/"
        Expected: a published page
        Fix:      Remove the link, or wait until that document has status: current."
    `);
  });

  it('reports a link to a glossary term that does not exist, and suggests the one meant', () => {
    expect(messagesFor('guidance/glossary-anchor.md')).toMatchInlineSnapshot(`
      "content/guidance/glossary-anchor.md:19
        link: points at a part of /glossary/ that does not exist
        Found:    "/glossary/#lcm"
        Expected: /glossary/#id where id is one of lmc. Did you mean #lmc?
        Fix:      Use the file name (without .md) of the entry you mean, after the #."
    `);
  });

  it('reports attachments and toolkit files that are not in the folder', () => {
    expect(messagesFor('resources/missing-attachment.md')).toMatchInlineSnapshot(`
      "content/resources/missing-attachment.md:13
        attachments → item 1 → file: names a file that is not in the folder
        Found:    "audit-template.xlsx"
        Expected: a file called audit-template.xlsx in content/resources/
        Fix:      Upload the file to the same folder as this document (on GitHub: "Add file" → "Upload files"), or correct the file name here."
    `);
    expect(messagesFor('toolkits/missing-file/index.md')).toMatchInlineSnapshot(`
      "content/toolkits/missing-file/index.md:12
        files → item 1 → file: names a file that is not in the folder
        Found:    "checklist.xlsx"
        Expected: a file called checklist.xlsx in content/toolkits/missing-file/
        Fix:      Upload the file to the same folder as this document (on GitHub: "Add file" → "Upload files"), or correct the file name here.

      content/toolkits/missing-file/index.md:16
        files → item 2 → source: names a file that is not in the folder
        Found:    "audit.yaml"
        Expected: a file called audit.yaml in content/toolkits/missing-file/
        Fix:      Upload the file to the same folder as this document (on GitHub: "Add file" → "Upload files"), or correct the file name here."
    `);
  });

  it('accepts a toolkit file that is generated from a source of the same name, and links to it', () => {
    expect(messagesFor('toolkits/generated-file/index.md')).toBe('');
  });

  it('reports a toolkit file whose requirement names no requirement', () => {
    expect(messagesFor('toolkits/letter-requirement/index.md')).toMatchInlineSnapshot(`
      "content/toolkits/letter-requirement/index.md:14
        files → item 1 → requirement: is not the id of any of the requirements
        Found:    "discharge-summary"
        Expected: one of discharge-summaries. Did you mean "discharge-summaries"?
        Fix:      Use the file name (without .md) of a file in content/requirements/, or leave the field out."
    `);
  });

  it('reports an image without alt text, an empty body, placeholders and a bad file name', () => {
    expect(messagesFor('guidance/image-without-alt.md')).toMatchInlineSnapshot(`
      "content/guidance/image-without-alt.md:21
        image: has no alt text
        Found:    "![](chart.png)"
        Expected: a short description of what the image shows, e.g. ![Flow chart of the discharge process](chart.png)
        Fix:      Write what the image shows between the square brackets, for people who cannot see it."
    `);
    expect(messagesFor('guidance/empty-body.md')).toMatchInlineSnapshot(`
      "content/guidance/empty-body.md:17
        body: is empty
        Found:    no text after the frontmatter
        Expected: the text of the page, below the second --- line
        Fix:      Write the page below the frontmatter, starting with a ## heading."
    `);
    expect(messagesFor('guidance/placeholder.md')).toMatchInlineSnapshot(`
      "content/guidance/placeholder.md:3
        summary: still has placeholder text
        Found:    "TODO: one or two sentences for lists and search results"
        Expected: the real value
        Fix:      Replace the text that starts with "TODO" with the real value: the placeholder says what belongs there.

      content/guidance/placeholder.md:19
        body: still has placeholder text
        Found:    "TODO: write the page."
        Expected: the finished text
        Fix:      Replace the text starting "TODO" with what the page should say.

      content/guidance/placeholder.md:21
        body: has a checkbox, which screen readers cannot use here
        Found:    - [ ] …
        Expected: a plain list item starting with "- "
        Fix:      Remove the [ ] or [x] after the dash."
    `);
    expect(messagesFor('guidance/Bad_Name.md')).toMatchInlineSnapshot(`
      "content/guidance/Bad_Name.md
        file name: is not a good web address
        Found:    "Bad_Name"
        Expected: lower-case letters, digits and hyphens, e.g. discharge-summaries.md
        Fix:      Rename it to bad-name.md."
    `);
  });

  it('rejects MDX that could run code', () => {
    expect(messagesFor('guidance/mdx-import.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-import.mdx:17
        import: is not allowed in content
        Found:    import Chart from '../../../../../src/components/Header.astro';
        Expected: import Name from "@content-components/Name.astro", where Name is one of CareCard, DoDontList, InsetText, SummaryList, WarningCallout
        Fix:      Use one of the content components (CareCard, DoDontList, InsetText, SummaryList, WarningCallout); src/components/content/README.md shows how. Ask a developer if you need something else."
    `);
    expect(messagesFor('guidance/mdx-export.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-export.mdx:17
        export: is not allowed in content
        Found:    export const secret = process.env.HOME;
        Expected: no export statements: content is text, not code
        Fix:      Delete this statement. To show a value, write it as text."
    `);
    expect(messagesFor('guidance/mdx-script.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-script.mdx:21
        <script>: is not allowed in content
        Found:    a <script> element
        Expected: text, Markdown, the content components and these HTML elements: a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, ol, p, pre, q, rp, rt, ruby, s, samp, section, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var
        Fix:      Remove the <script> element. Use one of the content components (CareCard, DoDontList, InsetText, SummaryList, WarningCallout); src/components/content/README.md shows how. Ask a developer if you need something else."
    `);
    expect(messagesFor('guidance/mdx-event-handler.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-event-handler.mdx:21
        <div>: has an event handler (onClick), which runs code
        Found:    onClick=…
        Expected: no on… attributes
        Fix:      Remove the onClick attribute."
    `);
    expect(messagesFor('guidance/mdx-javascript-url.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-javascript-url.mdx:21
        link: runs code instead of opening a page (javascript:)
        Found:    "javascript:alert(1)"
        Expected: a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, or #part-of-this-page
        Fix:      Replace the address with the page or file you want to show."
    `);
    expect(messagesFor('guidance/mdx-expression.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-expression.mdx:21
        expression: is code, which content may not contain
        Found:    {new Date().getFullYear()}
        Expected: plain text; a curly bracket written as \\{ if you need one
        Fix:      Remove the curly brackets and write the text itself, or put a backslash before a "{" that should be shown."
    `);
    expect(messagesFor('guidance/markdown-script.md')).toMatchInlineSnapshot(`
      "content/guidance/markdown-script.md:21
        HTML: <script> is not allowed in content
        Found:    <script>
        Expected: Markdown, or these HTML elements: a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, ol, p, pre, q, rp, rt, ruby, s, samp, section, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var
        Fix:      Remove the <script> element. Write this part in Markdown, or use only the HTML listed in CONTRIBUTING.md ("HTML in content")."
    `);
  });

  it('reports MDX that cannot be parsed, with its line', () => {
    expect(messagesFor('guidance/mdx-syntax.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-syntax.mdx:21
        MDX: could not be read
        Found:    Expected a closing tag for \`<InsetText>\`
        Expected: every <Tag> closed with </Tag> (or written <Tag />), and curly brackets written as \\{ and \\}
        Fix:      Look at this line: an unclosed tag or a "{" or "<" in ordinary text is the usual cause."
    `);
  });

  it('accepts the content components with plain values, comments and escaped brackets', () => {
    expect(messagesFor('guidance/safe-components.mdx')).toBe('');
  });

  it('refuses Astro directives in MDX', () => {
    expect(messagesFor('guidance/mdx-directive.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-directive.mdx:21
        <div>: has an Astro directive (set:html), which is code, not content
        Found:    set:html=…
        Expected: attributes without a colon in their name
        Fix:      Remove the set:html attribute, and write what should show as text between the tags."
    `);
  });

  it('judges addresses hidden in MDX expressions, template literals and HTML entities', () => {
    expect(messagesFor('guidance/mdx-hidden-url.mdx')).toMatchInlineSnapshot(`
      "content/guidance/mdx-hidden-url.mdx:21
        <a> href: runs code instead of opening a page (javascript:)
        Found:    "javascript:alert(1)"
        Expected: a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, or #part-of-this-page
        Fix:      Replace the address with the page or file you want to show.

      content/guidance/mdx-hidden-url.mdx:21
        <a> href: runs code instead of opening a page (javascript:)
        Found:    "javascript:alert(1)"
        Expected: a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, or #part-of-this-page
        Fix:      Replace the address with the page or file you want to show."
    `);
    expect(messagesFor('guidance/markdown-entity-url.md')).toMatchInlineSnapshot(`
      "content/guidance/markdown-entity-url.md:21
        link: runs code instead of opening a page (javascript:)
        Found:    "java\\tscript:alert(1)"
        Expected: a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, or #part-of-this-page
        Fix:      Replace the address with the page or file you want to show.

      content/guidance/markdown-entity-url.md:21
        <a> href: runs code instead of opening a page (javascript:)
        Found:    "javascript:alert(1)"
        Expected: a web address starting with https:// (or http://, mailto:, tel:), a site path starting with /, or #part-of-this-page
        Fix:      Replace the address with the page or file you want to show."
    `);
  });

  it('holds raw HTML to the allow-list: no unclosed elements, forms, styles or images from other hosts', () => {
    expect(messagesFor('guidance/markdown-unclosed.md')).toMatchInlineSnapshot(`
      "content/guidance/markdown-unclosed.md:21
        HTML: <textarea> is not allowed in content
        Found:    <textarea>
        Expected: Markdown, or these HTML elements: a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, ol, p, pre, q, rp, rt, ruby, s, samp, section, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var
        Fix:      Remove the <textarea> element. Write this part in Markdown, or use only the HTML listed in CONTRIBUTING.md ("HTML in content")."
    `);
    expect(messagesFor('guidance/markdown-not-allowed.md')).toMatchInlineSnapshot(`
      "content/guidance/markdown-not-allowed.md:21
        HTML: <form> is not allowed in content
        Found:    <form action="https://evil.example/">
        Expected: Markdown, or these HTML elements: a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, ol, p, pre, q, rp, rt, ruby, s, samp, section, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var
        Fix:      Remove the <form> element. Write this part in Markdown, or use only the HTML listed in CONTRIBUTING.md ("HTML in content").

      content/guidance/markdown-not-allowed.md:21
        HTML: <input> is not allowed in content
        Found:    <input name="nhs-number">
        Expected: Markdown, or these HTML elements: a, b, blockquote, br, code, dd, del, details, div, dl, dt, em, h1, h2, h3, h4, h5, h6, hr, i, img, ins, kbd, li, ol, p, pre, q, rp, rt, ruby, s, samp, section, span, strike, strong, sub, summary, sup, table, tbody, td, tfoot, th, thead, tr, tt, ul, var
        Fix:      Remove the <input> element. Write this part in Markdown, or use only the HTML listed in CONTRIBUTING.md ("HTML in content").

      content/guidance/markdown-not-allowed.md:23
        <div>: has an attribute content may not use (style)
        Found:    <div style="position: fixed; inset: 0">
        Expected: on <div>, only: abbr, align, alt, axis, border, cellpadding, cellspacing, char, charoff, charset, checked, clear, color, cols, colspan, compact, coords, datetime, dir, for, frame, headers, height, hreflang, hspace, ismap, itemprop, itemscope, itemtype, label, lang, maxlength, media, multiple, nohref, noshade, nowrap, open, prompt, readonly, rev, rows, rowspan, rules, scope, selected, shape, size, span, start, summary, title, usemap, valign, value, width
        Fix:      Remove the style attribute.

      content/guidance/markdown-not-allowed.md:25
        <img> src: shows an image from another website
        Found:    "https://tracker.example/pixel.png"
        Expected: an image file beside this document, e.g. chart.png, or a site path starting with /
        Fix:      Upload the image (if its licence allows) beside this document and use its file name."
    `);
  });

  it('publishes only ordinary toolkit files of office types, inside the content folder', () => {
    expect(messagesFor('toolkits/unsafe-files/index.md')).toMatchInlineSnapshot(`
      "content/toolkits/unsafe-files/index.md:12
        files → item 1 → file: is a type of file the site does not publish
        Found:    "page.html"
        Expected: one of these types, which people open in office software: .csv, .docx, .odp, .ods, .odt, .pdf, .pptx, .txt, .xlsx
        Fix:      Save the file in one of these types, or remove it from the list (a web page belongs in a guidance document).

      content/toolkits/unsafe-files/index.md:15
        files → item 2 → file: is not an ordinary file in this folder
        Found:    "passwd.csv", which is a link to another file
        Expected: a file uploaded to content/toolkits/unsafe-files/
        Fix:      Upload the file itself to this folder (on GitHub: "Add file" → "Upload files").

      content/toolkits/unsafe-files/index.md:18
        files → item 3 → file: is not written the right way
        Found:    ".."
        Expected: a file name with no folders or spaces, e.g. checklist.xlsx
        Fix:      Rewrite it as a file name with no folders or spaces, e.g. checklist.xlsx."
    `);
  });

  it('reports two files that publish to the same address, naming both', () => {
    expect(messagesFor('guidance/same-address/index.md')).toMatchInlineSnapshot(`
      "content/guidance/same-address/index.md:1
        file name: gives the same web address as another file
        Found:    /guidance/same-address/, also used by content/guidance/same-address.md
        Expected: a web address no other document uses
        Fix:      Rename one of the two files (the file name becomes the web address), or delete the copy."
    `);
  });

  it('refuses text fields that are only spaces or hold a control character', () => {
    expect(messagesFor('guidance/blank-title.md')).toMatchInlineSnapshot(`
      "content/guidance/blank-title.md:2
        title: is empty
        Found:    "   "
        Expected: some text
        Fix:      Write the text after the colon."
    `);
    expect(messagesFor('guidance/control-character.md')).toMatchInlineSnapshot(`
      "content/guidance/control-character.md:3
        summary: contains an invisible control character
        Found:    "A bell\\u0007 in the summary."
        Expected: ordinary text: a control character makes the RSS feed unreadable
        Fix:      Retype the text: it was probably pasted with a hidden character in it."
    `);
  });

  it("refuses a reader's question longer than a question, naming the item", () => {
    expect(messagesFor('guidance/long-question.md')).toMatchInlineSnapshot(`
      "content/guidance/long-question.md:17
        questions → item 2: is longer than a question (330 characters)
        Found:    "Our practice manager asked me to find out and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also and also what happens next?"
        Expected: a question as a reader would type it, at most 300 characters
        Fix:      Shorten it to the question itself, or split it into two questions on lines of their own."
    `);
  });

  it('checks toolkit tables and letter sources with their own file and line', () => {
    expect(messagesFor('toolkits/bad-sources/table.yaml')).toMatchInlineSnapshot(`
      "content/toolkits/bad-sources/table.yaml:1
        sheet: is not a worksheet name Excel accepts
        Found:    "Audit 2025/26"
        Expected: up to 31 characters, without \\ / ? * [ ] : and not starting or ending with an apostrophe, and not "History"
        Fix:      Rename the sheet, e.g. "Audit 2025-26" instead of "Audit 2025/26".

      content/toolkits/bad-sources/table.yaml:5
        rows → item 1 → seen: is not a real date
        Found:    "2025-02-30"
        Expected: a real date written as YYYY-MM-DD, e.g. 2025-04-01
        Fix:      Check the day and the month: months go up to 12, and February has 28 days (29 in a leap year)."
    `);
    expect(messagesFor('toolkits/bad-sources/bomb.yaml')).toMatchInlineSnapshot(`
      "content/toolkits/bad-sources/bomb.yaml:2
        table: repeats values through YAML aliases so often that it cannot be read
        Found:    37 aliases, the first *a, repeating lists inside lists
        Expected: each value written out in full; content does not need YAML anchors (&name) or aliases (*name)
        Fix:      Replace each *name with the value it stands for, and remove the &name markers."
    `);
    expect(messagesFor('toolkits/bad-sources/letter.md')).toMatchInlineSnapshot(`
      "content/toolkits/bad-sources/letter.md:5
        document: has HTML, which a Word document made from it cannot hold
        Found:    "<img src=\\"https://tracker.example/p.png\\">"
        Expected: headings, paragraphs, bullet or numbered lists ("[ ] " starts a tick box), bold, italics, links and --- for a page break
        Fix:      Remove it, or write it as one of the things above.

      content/toolkits/bad-sources/letter.md:7
        document: has an image, which a Word document made from it cannot hold
        Found:    ![Logo](logo.png)
        Expected: headings, paragraphs, bullet or numbered lists ("[ ] " starts a tick box), bold, italics, links and --- for a page break
        Fix:      Remove it, or write it as one of the things above."
    `);
    expect(messagesFor('toolkits/bad-sources/index.md')).toMatchInlineSnapshot(`
      "content/toolkits/bad-sources/index.md:24
        files → item 4 → file: is listed twice
        Found:    "letter.docx"
        Expected: a different name for each file
        Fix:      Remove the repeated file, or rename one of them.

      content/toolkits/bad-sources/index.md:28
        files → item 5 → file: cannot be made from table.yaml
        Found:    "table.docx"
        Expected: a .xlsx or .csv file from this source: a .yaml table makes .xlsx or .csv files, a .md document makes .docx files
        Fix:      Change the file name or the source."
    `);
  });

  it('reports a checklist table that cannot be the printable checklist', () => {
    expect(messagesFor('toolkits/bad-checklist/checklist.yaml')).toMatchInlineSnapshot(`
      "content/toolkits/bad-checklist/checklist.yaml:1
        table: cannot be the toolkit's checklist
        Found:    everyRequirement is not true; no column with key expectation
        Expected: everyRequirement: true, a column of kind requirement and a column with key expectation
        Fix:      Add what is missing, or remove the checklist field from index.md."
    `);
    expect(messagesFor('toolkits/bad-checklist/index.md')).toBe('');
  });

  it('names a YAML alias bomb in frontmatter as what the author wrote, with its line', () => {
    expect(messagesFor('guidance/alias-bomb.md')).toMatchInlineSnapshot(`
      "content/guidance/alias-bomb.md:12
        frontmatter: repeats values through YAML aliases so often that it cannot be read
        Found:    36 aliases, the first *a, repeating lists inside lists
        Expected: each value written out in full; content does not need YAML anchors (&name) or aliases (*name)
        Fix:      Replace each *name with the value it stands for, and remove the &name markers."
    `);
  });

  it('accepts a byte-order mark before the frontmatter, as Astro does', () => {
    expect(messagesFor('guidance/byte-order-mark.md')).toBe('');
  });

  it('reports every problem of every file in one run, and no message carries a stack frame', () => {
    const files = new Set(result.problems.map((p) => p.file));
    expect(files.size).toBe(47);
    const text = result.problems.map(problemText).join('\n');
    expect(text).not.toMatch(/\bat .+\(.+:\d+(:\d+)?\)/);
    expect(text).not.toMatch(/\.ts:\d+|node_modules|Error:/);
  });
});
