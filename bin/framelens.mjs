#!/usr/bin/env node
// The `framelens` command: registers tsx (a dependency) so plain Node can run the
// TypeScript CLI in cli/, then hands over. Errors end as one line, never a stack trace.
import { register } from 'tsx/esm/api';

register();
// `framelens … | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
try {
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`framelens: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
