// What the generators share: the language folders of core/data, and the end of every run,
// which writes the output or, with --check, fails when the committed file is stale.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';

// The language folders of a data directory ("en", ...), sorted.
export function dataLanguages(dataDir) {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

// Writes `content` to outFile, or with --check exits 1 when outFile differs from it.
// shown: the file's name in messages; generator: the script to run; wrote: the message
// after writing.
export function writeOrCheck(outFile, content, { shown, generator, wrote }) {
  if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (current !== content) {
      console.error(`${shown} is stale: run node core/tools/gen/${generator} and commit the result`);
      process.exit(1);
    }
    console.log(`${shown} is up to date`);
  } else {
    writeFileSync(outFile, content);
    console.log(wrote);
  }
}
