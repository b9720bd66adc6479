/**
 * The integration test entry that the VS Code extension host loads: runs every test file of
 * the suite beside it with mocha and rejects when any fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.SOURCELENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  // A suite is the files with its suffix: *.test.js on the sample corpus, *.untrusted.js in
  // Restricted Mode, *.badinput.js on the bad-input corpus.
  const suffix = `.${process.env.SOURCELENS_TEST_SUITE || 'test'}.js`;
  for (const f of fs.readdirSync(__dirname).filter((x) => x.endsWith(suffix)).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}
