/**
 * Dev aid for curating data/stacks/*.yaml (the YAML stays the source of truth; this writes nothing).
 *
 * Run: `npx tsx scripts/seed-stacks.ts [--candidates N]`. Offline: reads the installed devDependencies
 * simple-icons (CC0-1.0) and linguist-languages (MIT) and prints
 * 1. refs that point at nothing (a simpleIcons slug or linguist name that does not exist),
 * 2. records without a ref whose name or alias matches a simple-icons title/alias or a linguist language,
 * 3. up to N linguist programming languages and simple-icons brands not yet in the dictionary.
 * Linguist aliases that point the wrong way for stacks ('node' → JavaScript, 'django' → Jinja) are ignored.
 */
import { createRequire } from 'node:module';
import * as linguist from 'linguist-languages';
import { squashKey } from '../src/normalize/stacks/squash-key.js';
import { loadStackRecords } from './gen-stacks.js';

interface SimpleIcon {
  title: string;
  slug: string;
  aliases?: { aka?: string[]; dup?: { title: string }[]; old?: string[] };
}
interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: string[];
}

// Linguist aliases that would map a stack onto the wrong language: in languages.yml `node` is JavaScript,
// `django` Jinja, `terraform` HCL, `apache` ApacheConf, `delphi` Pascal, `octave` MATLAB, `cake` C#.
const LINGUIST_DENY = new Set([
  'node',
  'django',
  'terraform',
  'apache',
  'nginx',
  'delphi',
  'octave',
  'visual basic',
  'cake',
  'inc',
]);

const require = createRequire(import.meta.url);
const icons = require('simple-icons/icons.json') as SimpleIcon[];
const languages = Object.values(linguist as unknown as Record<string, LinguistLanguage>);

const iconBySlug = new Map(icons.map((i) => [i.slug, i]));
const iconByKey = new Map<string, SimpleIcon>();
for (const icon of icons) {
  for (const name of [icon.title, ...(icon.aliases?.aka ?? []), ...(icon.aliases?.old ?? [])]) {
    iconByKey.set(squashKey(name), icon);
  }
}
const languageByName = new Map(languages.map((l) => [l.name, l]));
const languageByKey = new Map<string, LinguistLanguage>();
for (const language of languages) {
  languageByKey.set(squashKey(language.name), language);
  for (const alias of language.aliases ?? [])
    if (!LINGUIST_DENY.has(alias)) languageByKey.set(squashKey(alias), language);
}

const records = loadStackRecords();
const known = new Set<string>();
for (const r of records) {
  for (const alias of [r.name, r.id, ...(r.aliases?.en ?? []), ...(r.aliases?.tagOnly ?? [])])
    known.add(squashKey(alias));
}

console.log(
  `# ${records.length} records; simple-icons ${icons.length} icons; linguist ${languages.length} languages\n`,
);

console.log('## Refs that point at nothing');
for (const r of records) {
  if (r.refs?.simpleIcons && !iconBySlug.has(r.refs.simpleIcons))
    console.log(`${r.id}: simpleIcons '${r.refs.simpleIcons}'`);
  if (r.refs?.linguist && !languageByName.has(r.refs.linguist))
    console.log(`${r.id}: linguist '${r.refs.linguist}'`);
}

console.log('\n## Suggested refs for records without one');
for (const r of records) {
  const keys = [r.name, r.id, ...(r.aliases?.en ?? [])].map(squashKey);
  if (!r.refs?.simpleIcons) {
    const icon = keys.map((k) => iconByKey.get(k)).find((i) => i !== undefined);
    if (icon) console.log(`${r.id}: simpleIcons: ${icon.slug}   (${icon.title})`);
  }
  if (!r.refs?.linguist && r.kind === 'language') {
    const language = keys.map((k) => languageByKey.get(k)).find((l) => l !== undefined);
    if (language) console.log(`${r.id}: linguist: ${language.name}`);
  }
}

const limitArg = process.argv.indexOf('--candidates');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) || 50 : 50;
console.log(`\n## Candidate records not yet in the dictionary (first ${limit} of each)`);
const missingLanguages = languages.filter((l) => l.type === 'programming' && !known.has(squashKey(l.name)));
for (const l of missingLanguages.slice(0, limit))
  console.log(`- {id: ${squashKey(l.name)}, name: ${l.name}, refs: {linguist: ${l.name}}}`);
const missingIcons = icons.filter((i) => !known.has(squashKey(i.title)) && !known.has(i.slug));
for (const i of missingIcons.slice(0, limit))
  console.log(`- {id: ${i.slug}, name: ${i.title}, refs: {simpleIcons: ${i.slug}}}`);
console.log(
  `\n(${missingLanguages.length} linguist languages and ${missingIcons.length} simple-icons brands not covered)`,
);
