import * as assert from 'assert';
import { documentMeta, frontMatter, parseSources } from '../../src/core/outlet';
import { documentDate, passageDate } from '../../src/core/storyDates';

const REFERENCE = new Date(Date.UTC(2026, 5, 1));

describe('where a document comes from', () => {
  it('takes the outlet and date the sources file gives the document by its file name', () => {
    const { sources } = parseSources('{"a.txt": "Daily A", "b.md": {"outlet": "Ledger", "date": "2026-03-12"}}');
    assert.deepStrictEqual(documentMeta('file:///c/a.txt', 'x', sources), { outlet: 'Daily A' });
    assert.deepStrictEqual(documentMeta('file:///c/b.md', 'x', sources), { outlet: 'Ledger', date: '2026-03-12' });
  });

  it('reads `outlet:`, else `source:`, and `date:` from front matter', () => {
    assert.deepStrictEqual(documentMeta('file:///c/a.md', '---\ntitle: T\nsource: "The Courier"\ndate: 2025-01-03\n---\nBody', undefined), { outlet: 'The Courier', date: '2025-01-03' });
    assert.strictEqual(frontMatter('---\noutlet: Wire\nsource: Other\n---\n').get('outlet'), 'Wire');
  });

  it('falls back to the file name without its extension', () => {
    assert.deepStrictEqual(documentMeta('file:///c/wire%20report.txt', 'No front matter here.', {}), { outlet: 'wire report' });
  });

  it('refuses a sources file that is not a map of file names to outlets, and says why', () => {
    assert.ok(parseSources('["a.txt"]').problem);
    assert.ok(parseSources('{"a.txt": 3}').problem);
    assert.ok(parseSources('{').problem);
  });
});

describe('when things happened', () => {
  it('reads a document\'s date from its dateline, its year from the reference when left out', () => {
    assert.deepStrictEqual(documentDate('Minister threatens Velta\n\nCoastal Times, 12 March\n\nThe ministry…', undefined, REFERENCE), { date: '2026-03-12', text: '12 March' });
  });

  it('takes a date without a year read in December for the March before, not the one to come', () => {
    assert.strictEqual(documentDate('Coastal Times, 12 March', undefined, new Date(Date.UTC(2026, 11, 4)))?.date, '2026-03-12');
    assert.strictEqual(documentDate('Wire', '12 March', new Date(Date.UTC(2026, 11, 4)))?.date, '2026-03-12');
  });

  it('prefers the date the document is given over the one in its text', () => {
    assert.strictEqual(documentDate('Coastal Times, 12 March', '2024-05-02', REFERENCE)?.date, '2024-05-02');
  });

  it('resolves a weekday, "yesterday" and "last month" against the document\'s date', () => {
    assert.deepStrictEqual(passageDate('The ministry threatened on Tuesday to revoke it.', '2026-03-12', REFERENCE), { date: '2026-03-10', text: 'on Tuesday' });
    assert.strictEqual(passageDate('Yesterday, the chief executive refused.', '2026-03-12', REFERENCE)?.date, '2026-03-11');
    assert.strictEqual(passageDate('It held talks with the operator last month.', '2026-03-12', REFERENCE)?.date, '2026-02-12');
  });

  it('leaves a relative date unresolved when the document has no date, but reads an absolute one', () => {
    assert.strictEqual(passageDate('Yesterday, the chief executive refused.', undefined, REFERENCE), undefined);
    assert.strictEqual(passageDate('On 3 January 2025 the board met.', undefined, REFERENCE)?.date, '2025-01-03');
  });

  it('does not take a deadline or a span of hours for the day something happened', () => {
    assert.strictEqual(passageDate('The minister gave the company until Friday to comply.', '2026-03-12', REFERENCE), undefined);
    assert.strictEqual(passageDate('Less than 24 hours before a deadline, it refused.', '2026-03-12', REFERENCE), undefined);
  });
});
