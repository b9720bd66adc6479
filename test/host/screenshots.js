'use strict';
// Pictures of the real workbench, taken headless: each shot is a list of steps run in order on
// one page, then a PNG. A failed step says which one and keeps a picture of what was on screen.
const fs = require('fs');
const path = require('path');
const host = require('./vscode-host');

// The Story view's three parts, opened from the command palette; its page is a webview, so its
// steps look inside the workbench's frames.
const openStory = [['waitText', 'Actors:', 90000], ['command', 'SourceLens: Show Story'], ['waitFrameSelector', '[data-kind="node"]', 90000]];
const tab = (part, kind) => [['clickFrame', `vscode-tab-header[data-part="${part}"]`], ['waitFrameSelector', `[data-kind="${kind}"]`], ['wait', 600]];
// Who coerces whom and the coverage on the test corpus (five outlets, many actors); the timeline
// on the shipped sample, whose documents give their dates.
const storyShots = (theme) => [
  { name: `story-graph-${theme}`, steps: [...openStory, ['wait', 800]] },
  { name: `story-coverage-${theme}`, steps: tab('coverage', 'coverage') },
];
const storyTimeline = (theme) => [{ name: `story-timeline-${theme}`, steps: [...openStory, ...tab('timeline', 'timeline')] }];
const DARK = { 'workbench.colorTheme': 'Default Dark Modern' };
const LIGHT = { 'workbench.colorTheme': 'Default Light Modern' };

// Each session opens one folder: the test corpus (with a document open), the shipped sample
// corpus (its sources.json names the outlets and a date), or an empty folder for the first-run views.
const SESSIONS = [
  { folder: 'corpus', settings: DARK, shots: storyShots('dark') },
  { folder: 'corpus', settings: LIGHT, shots: storyShots('light') },
  { folder: 'sample', settings: DARK, shots: storyTimeline('dark') },
  { folder: 'sample', settings: LIGHT, shots: storyTimeline('light') },
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
  else if (kind === 'command') {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: t });
    await input.fill(`>${arg}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: arg.replace(/^.*: /, '') }).first().waitFor({ timeout: t });
    await page.keyboard.press('Enter');
  } else if (kind === 'waitFrameSelector') await inFrames(page, arg, t, () => {});
  else if (kind === 'clickFrame') await inFrames(page, arg, t, (h) => h.click());
  else throw new Error(`unknown step ${kind}`);
}

/** Waits for a selector in any frame of the page (a webview's page is two frames down), then acts on it. */
async function inFrames(page, selector, timeout, act) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      const handle = await frame.$(selector).catch(() => null);
      if (handle) { await act(handle); return; }
    }
    if (Date.now() > deadline) throw new Error(`no frame has ${selector}`);
    await page.waitForTimeout(250);
  }
}

/** Runs each session's shots on its folder and writes DIR/<name>.png; returns the paths. */
async function takeScreenshots({ h, extensionPath, vsix, folder, outDir, openFile, only }) {
  const written = [];
  for (const session of SESSIONS) {
    const shots = session.shots.filter((x) => !only || only.includes(x.name));
    if (!shots.length) continue;
    const tmp = session.folder === 'corpus' ? undefined : fs.mkdtempSync(path.join(require('os').tmpdir(), `sourcelens-${session.folder}-`));
    // The shipped sample corpus, copied so that nothing is written beside the extension's own.
    if (session.folder === 'sample') fs.cpSync(path.join(extensionPath, 'media', 'sample-corpus'), tmp, { recursive: true });
    try {
      const dir = tmp || folder;
      const first = session.folder === 'empty' ? undefined : (tmp ? undefined : openFile) || path.join(dir, fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()[tmp ? 0 : 1] || '');
      written.push(...await takeSession({ h, extensionPath, vsix, folder: dir, openFile: first, outDir, shots, settings: session.settings }));
    } finally {
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return written;
}

/** Settings for pictures: wrapped lines, no empty secondary side bar. */
const PICTURE_SETTINGS = { 'editor.wordWrap': 'on', 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.minimap.enabled': false };

async function takeSession({ h, extensionPath, vsix, folder, openFile, outDir, shots, settings }) {
  const dataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sourcelens-host-'));
  // With a VSIX, the pictures show SourceLens as installed, not this folder in development.
  if (vsix && vsix.length) host.installVsix(h, dataDir, vsix);
  const server = await host.startServer(h, { dataDir, settings: { ...PICTURE_SETTINGS, ...settings } });
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
