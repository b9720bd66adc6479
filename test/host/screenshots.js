'use strict';
// Pictures of the real workbench, taken headless: each shot is a list of steps run in order on
// one page, then a PNG. A failed step says which one and keeps a picture of what was on screen.
const fs = require('fs');
const path = require('path');
const host = require('./vscode-host');

const SHOTS = [
  {
    name: 'lenses',
    steps: [
      ['waitText', 'Actors:', 90000],
    ],
  },
  {
    name: 'events',
    steps: [
      ['click', '.activitybar [aria-label^="SourceLens"]'],
      ['waitText', 'REJECT:'],
      ['click', '.monaco-list-row[aria-level="1"] >> nth=0'],
      ['wait', 800],
    ],
  },
  {
    name: 'problems',
    steps: [
      ['press', 'Control+Shift+M'],
      ['waitText', 'Uncorroborated claim'],
      ['wait', 500],
    ],
  },
];

async function runStep(page, [kind, arg, timeout]) {
  const t = timeout || 30000;
  if (kind === 'click') await page.click(arg, { timeout: t });
  else if (kind === 'press') await page.keyboard.press(arg);
  else if (kind === 'waitText') await page.getByText(arg, { exact: false }).first().waitFor({ timeout: t });
  else if (kind === 'wait') await page.waitForTimeout(arg);
  else throw new Error(`unknown step ${kind}`);
}

/** Opens the folder with the extension, runs SHOTS and writes DIR/<name>.png; returns the paths. */
async function takeScreenshots({ h, extensionPath, folder, outDir, openFile }) {
  const server = await host.startServer(h, {});
  let browser;
  const written = [];
  try {
    browser = await host.launchBrowser(h, server.dataDir);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const first = openFile || path.join(folder, fs.readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).sort()[1] || '');
    await page.goto(host.workbenchUrl(server, { folder, extensionPath, openFile: first }), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    for (const shot of SHOTS) {
      for (const step of shot.steps) {
        try {
          await runStep(page, step);
        } catch (e) {
          const failed = path.join(outDir, `${shot.name}-failed.png`);
          await page.screenshot({ path: failed }).catch(() => {});
          throw new Error(`screenshot "${shot.name}": step ${step.join(' ')} failed (${e.message.split('\n')[0]}); what was on screen: ${failed}`);
        }
      }
      const file = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  return written;
}

module.exports = { takeScreenshots, SHOTS };
