'use strict';
// Pictures of the real workbench, taken headless: each shot is a list of steps run in order on
// one page, then a PNG. A failed step says which one and keeps a picture of what was on screen.
const fs = require('fs');
const path = require('path');
const host = require('./vscode-host');

// Each session opens one folder: the sample corpus (with a document open), or an empty folder
// for the first-run views.
const SESSIONS = [
  {
    folder: 'corpus',
    shots: [
      { name: 'lenses', steps: [['waitText', 'Actors:', 90000]] },
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
          ['waitText', 'Uncorroborated'],
          ['wait', 500],
        ],
      },
      {
        // A "Corroborated by" lens opens the peek view on the other documents' passages.
        name: 'peek',
        steps: [
          ['press', 'Control+Shift+M'],
          ['click', '.codelens-decoration a:has-text("Corroborated by") >> nth=0'],
          ['waitSelector', '.peekview-widget'],
          ['wait', 800],
        ],
      },
    ],
  },
  {
    folder: 'empty',
    shots: [
      {
        name: 'welcome',
        steps: [
          ['click', '.activitybar [aria-label^="SourceLens"]'],
          ['waitText', 'Open the Sample Corpus', 60000],
          ['wait', 500],
        ],
      },
      {
        name: 'walkthrough',
        steps: [
          ['clickText', 'Get Started'],
          ['waitText', 'Read the lenses', 30000],
          ['wait', 800],
        ],
      },
    ],
  },
];
const SHOTS = SESSIONS.flatMap((s) => s.shots);

async function runStep(page, [kind, arg, timeout]) {
  const t = timeout || 30000;
  if (kind === 'click') await page.click(arg, { timeout: t });
  else if (kind === 'press') await page.keyboard.press(arg);
  else if (kind === 'clickText') await page.getByText(arg, { exact: false }).first().click({ timeout: t });
  else if (kind === 'waitText') await page.getByText(arg, { exact: false }).first().waitFor({ timeout: t });
  else if (kind === 'waitSelector') await page.waitForSelector(arg, { timeout: t });
  else if (kind === 'wait') await page.waitForTimeout(arg);
  else throw new Error(`unknown step ${kind}`);
}

/** Runs each session's shots on its folder and writes DIR/<name>.png; returns the paths. */
async function takeScreenshots({ h, extensionPath, vsix, folder, outDir, openFile, only }) {
  const written = [];
  for (const session of SESSIONS) {
    const shots = session.shots.filter((x) => !only || only.includes(x.name));
    if (!shots.length) continue;
    const empty = session.folder === 'empty' ? fs.mkdtempSync(path.join(require('os').tmpdir(), 'sourcelens-empty-')) : undefined;
    try {
      const first = empty ? undefined : openFile || path.join(folder, fs.readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).sort()[1] || '');
      written.push(...await takeSession({ h, extensionPath, vsix, folder: empty || folder, openFile: first, outDir, shots }));
    } finally {
      if (empty) fs.rmSync(empty, { recursive: true, force: true });
    }
  }
  return written;
}

/** Settings for pictures: wrapped lines, no empty secondary side bar. */
const PICTURE_SETTINGS = { 'editor.wordWrap': 'on', 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.minimap.enabled': false };

async function takeSession({ h, extensionPath, vsix, folder, openFile, outDir, shots }) {
  const dataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sourcelens-host-'));
  // With a VSIX, the pictures show SourceLens as installed, not this folder in development.
  if (vsix && vsix.length) host.installVsix(h, dataDir, vsix);
  const server = await host.startServer(h, { dataDir, settings: PICTURE_SETTINGS });
  let browser;
  const written = [];
  try {
    browser = await host.launchBrowser(h, server.dataDir);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.workbenchUrl(server, { folder, extensionPath: vsix && vsix.length ? undefined : extensionPath, openFile }), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    for (const shot of shots) {
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
