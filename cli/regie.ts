// `regie <command>`: command-line tools. `regie analyse` runs the Dutch language assistant on JSON Lines.
import { analyseLines } from './analyse-lines.js';

const USAGE = `Gebruik / usage:
  regie analyse    Leest JSON Lines van stdin ({"id","kind","text"} per regel; kind: utterance | report | response)
                   en schrijft per regel één JSON-regel met de analyse naar stdout, in dezelfde volgorde.
                   Reads JSON Lines on stdin and writes one JSON line per input line on stdout, in order.
                   Een onjuiste regel geeft {"id","line","error":{"code","message"}} op stdout en een melding op
                   stderr; de rest gaat door. Exit code 1 als er minstens één regel onjuist was.
`;

const [command, ...rest] = process.argv.slice(2);
if (command === 'analyse' && rest.length === 0) {
  const { failed } = await analyseLines(process.stdin, process.stdout, process.stderr);
  process.exitCode = failed > 0 ? 1 : 0;
} else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(USAGE);
} else {
  process.stderr.write(`Onbekende opdracht / unknown command: ${[command, ...rest].join(' ')}\n\n${USAGE}`);
  process.exitCode = 2;
}
