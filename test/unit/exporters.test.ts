import * as assert from 'assert';
import { CorpusIndex } from '../../src/core/corpus';
import { csvCell, exportCsv } from '../../src/core/export/csv';
import { escapeMarkdown, exportMarkdown } from '../../src/core/export/markdown';
import { ANNOTATION_CONF, exportBrat } from '../../src/core/export/brat';

function corpus(docs: Record<string, string>) {
  const index = new CorpusIndex();
  const texts = new Map<string, { text: string; bom: number }>();
  for (const [name, text] of Object.entries(docs)) {
    index.set(`file:///c/${name}`, text);
    texts.set(`file:///c/${name}`, { text, bom: 0 });
  }
  return { snapshot: index.snapshot(), texts };
}

const DOCS = {
  'a.txt': '😀 The Ministry of Trade threatened to fine Globex.\nGlobex refused the demand from the Ministry of Trade.',
  'b.txt': 'Globex rejected a demand by the Ministry of Trade.\n=HYPERLINK("http://x") said Globex [click](http://evil) <script>.',
};

describe('CSV export', () => {
  it('quotes fields per RFC 4180 and ends lines with CRLF', () => {
    assert.strictEqual(csvCell('plain'), 'plain');
    assert.strictEqual(csvCell('a,b'), '"a,b"');
    assert.strictEqual(csvCell('say "hi"'), '"say ""hi"""');
    assert.strictEqual(csvCell('two\nlines'), '"two\nlines"');
  });

  it('defuses every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), JSON.stringify(bad));
    const { snapshot, texts } = corpus(DOCS);
    const csv = exportCsv(snapshot, texts, 'file:///c');
    assert.ok(csv.endsWith('\r\n'));
    const cells = csv.split('\r\n').flatMap((line) => line.split(','));
    assert.ok(!cells.some((c) => /^"?[=+\-@]/.test(c)), 'a cell starts with a formula character');
    assert.match(csv, /'=HYPERLINK/);
  });

  it('gives code-point offsets and paths relative to the corpus', () => {
    const { snapshot, texts } = corpus(DOCS);
    const row = exportCsv(snapshot, texts, 'file:///c').split('\r\n').find((l) => l.startsWith('actor,a.txt,') && l.includes('Ministry of Trade'));
    assert.ok(row);
    // "😀 The " is 6 code points (7 UTF-16 units).
    assert.match(row, /^actor,a\.txt,6,23,Ministry of Trade,/);
  });
});

describe('Markdown report', () => {
  it('escapes document text so that it cannot make links, images or HTML', () => {
    assert.strictEqual(escapeMarkdown('[click](http://evil) <b>&'), '\\[click\\]\\(http://evil\\) &lt;b&gt;&amp;');
    const { snapshot, texts } = corpus(DOCS);
    const md = exportMarkdown(snapshot, texts, 'file:///c');
    assert.ok(!md.includes('[click](http://evil)'));
    assert.ok(!md.includes('<script>'));
    assert.match(md, /^# SourceLens report/);
    assert.match(md, /## Uncorroborated claims/);
    assert.match(md, /### REJECT: Globex → Ministry of Trade/);
  });
});

describe('brat standoff', () => {
  it('writes a .txt and a .ann per document whose offsets give back the span texts', () => {
    const { snapshot, texts } = corpus(DOCS);
    const files = exportBrat(snapshot, texts, 'file:///c');
    assert.strictEqual(files.get('annotation.conf'), ANNOTATION_CONF);
    for (const name of ['a', 'b']) {
      const text = [...files.get(`${name}.txt`)!];
      const ann = files.get(`${name}.ann`)!;
      const spans = ann.split('\n').filter((l) => l.startsWith('T'));
      assert.ok(spans.length > 3);
      for (const line of spans) {
        const [, typeAndSpans, covered] = line.split('\t');
        const frags = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.strictEqual(frags.map(([s, e]) => text.slice(s, e).join('')).join(' '), covered, line);
      }
    }
  });
});
