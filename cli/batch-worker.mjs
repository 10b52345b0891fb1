// Worker-thread entry for batch mode: workers do not inherit the main thread's loader,
// so register tsx here before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker.ts');
