// `npm run train:language`: trains the threat model of the language assistant on its training splits (`dev` and
// the no longer blind `test2`–`test6`; never `test`) and writes server/modules/language/threat-model.json
// (docs/LANGUAGE.md, sixth and seventh round). Deterministic: running it again gives the same file. `--check` only
// verifies that the shipped file is what the training splits give (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledItem } from '../server/modules/language/evaluate.js';
import {
  serialiseThreatModel,
  TRAINING_SPLITS,
  trainThreatModel,
} from '../server/modules/language/train-threat-model.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/modules/language');
const training = TRAINING_SPLITS.flatMap((split) =>
  readFileSync(path.join(dir, 'dataset', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem),
);

const { model, report } = trainThreatModel(training);
const file = path.join(dir, 'threat-model.json');
const text = serialiseThreatModel(model);
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === text;
  process.stdout.write(
    same ? 'threat-model.json is what the training splits give\n' : 'threat-model.json differs from training\n',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
