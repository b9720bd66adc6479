'use strict';
// Renders media/icon.svg to the 128×128 media/icon.png the marketplace and the VSIX need,
// with the host's headless Chromium: `node test/host/icon.js` after changing the SVG.
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('./vscode-host');

async function main() {
  const h = host.resolveHost();
  const root = path.resolve(__dirname, '..', '..');
  const svg = fs.readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-icon-'));
  const browser = await host.launchBrowser(h, dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace(/width="\d+" height="\d+"/, 'width="128" height="128"')}</body></html>`);
    await page.screenshot({ path: path.join(root, 'media', 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
