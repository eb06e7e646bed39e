#!/usr/bin/env node
// Entry point for `npx parley`: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    console.error('parley: not built yet; run `npm ci` (or `npm run build`) in the parley folder first');
    process.exit(2);
  }
  throw error;
});
