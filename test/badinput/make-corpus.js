'use strict';
// Writes a folder of hostile and broken inputs, each named for what it is, and returns the
// outcome every one must have: "analysed", "skipped" or "truncated" (the last two with a warning).
//   node test/badinput/make-corpus.js DIR
const fs = require('fs');
const path = require('path');

function makeCorpus(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const outcomes = {};
  const put = (name, content, outcome) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    outcomes[name] = outcome;
  };
  const story = 'The Ministry of Trade threatened to fine Globex. Globex refused the demand.';
  put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'skipped');
  put('invalid-utf8.txt', Buffer.concat([Buffer.from('Globex said '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' hello.')]), 'skipped');
  put('nul-byte.txt', Buffer.from(`${story}\u0000${story}`), 'skipped');
  put('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]), 'analysed');
  put('crlf.txt', story.replace('. ', '.\r\n'), 'analysed');
  put('lone-cr.txt', story.replace('. ', '.\r'), 'analysed');
  put('empty.txt', '', 'analysed');
  put('punctuation.txt', '.,;:!?—–-()[]{}"\'“”‘’…'.repeat(500), 'analysed');
  put('one-line-1mb.txt', `${'Globex, the Ministry of Trade and Initech refused, warned, threatened and agreed, '.repeat(13000)}end`, 'analysed');
  const filler = 'and then the committee met again to read the minutes of the last meeting in full.\n';
  put('big-50mb.txt', `${story}\n${filler.repeat(Math.ceil(50 * 1024 * 1024 / filler.length))}`, 'truncated');
  put('name with spaces é ü 文.txt', story, 'analysed');
  // Many copies of one wire story: an event reported more times than the editor's summary lists.
  for (let i = 1; i <= 60; i++) put(path.join('wire', `copy-${String(i).padStart(2, '0')}.txt`), `Wire copy ${i}. ${story}`, 'analysed');
  let deep = '';
  for (let i = 0; i < 30; i++) deep = path.join(deep, `level${i}`);
  put(path.join(deep, 'deep.md'), `# Deep\n\n${story}\n`, 'analysed');
  // A folder that links back to its parent: read once, never followed round.
  fs.mkdirSync(path.join(dir, 'loop'), { recursive: true });
  try { fs.symlinkSync('..', path.join(dir, 'loop', 'back-to-top')); } catch { /* no symlinks here */ }
  try { fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt')); } catch { /* no symlinks here */ }
  return outcomes;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) { console.error('usage: make-corpus.js DIR'); process.exit(2); }
  console.log(JSON.stringify(makeCorpus(path.resolve(dir)), null, 1));
}

module.exports = { makeCorpus };
