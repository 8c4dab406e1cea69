// Entry of an analysis worker thread: registers tsx (resolved from this repository, whatever the working
// directory), then loads the TypeScript worker. Node 20 workers cannot start from a .ts file by themselves.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
