'use strict';
// Loaded inside the VS Code extension host as `extensionTestsPath`. The host locks console.*
// and forwards output to the workbench, so this module installs a console that also appends
// every line to the file named by SOURCELENS_TEST_LOG (streamed by the runner), then calls the
// project's test entry (SOURCELENS_TEST_ENTRY), which exports run(): Promise<void>.
const fs = require('fs');
const util = require('util');

const logFile = process.env.SOURCELENS_TEST_LOG;
const entry = process.env.SOURCELENS_TEST_ENTRY;

const hostConsole = globalThis.console;
const teeConsole = Object.create(hostConsole);
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = hostConsole[method];
  Object.defineProperty(teeConsole, method, {
    configurable: true,
    writable: true,
    value(...args) {
      if (logFile) {
        try { fs.appendFileSync(logFile, `${util.format(...args)}\n`); } catch { /* output must never fail a test */ }
      }
      return original.apply(hostConsole, args);
    },
  });
}
globalThis.console = teeConsole;

async function run() {
  if (!entry) throw new Error('SOURCELENS_TEST_ENTRY is not set');
  const mod = require(entry);
  const fn = mod && (mod.run || (mod.default && mod.default.run));
  if (typeof fn !== 'function') throw new Error(`${entry} does not export run()`);
  await fn();
}

module.exports = { run };
