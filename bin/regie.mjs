#!/usr/bin/env node
// The `regie` command (package.json "bin"). Runs the TypeScript CLI through tsx, a runtime dependency, so no build
// step is needed: `npx regie analyse < items.jsonl`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/regie.ts');
