'use strict';
// Preloaded (`node -r`) into a command that the bench times where /usr/bin/time is missing:
// at exit the process reports its own peak resident set size, as /usr/bin/time -v would.
const { isMainThread } = require('worker_threads');
if (isMainThread) {
  process.on('exit', () => {
    process.stderr.write(`sourcelens-bench-rusage ${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
  });
}
