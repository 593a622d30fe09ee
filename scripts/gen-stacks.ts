/**
 * Generates src/normalize/stacks/dictionary.gen.ts from the curated data/stacks/*.yaml.
 *
 * Run: `npx tsx scripts/gen-stacks.ts` (writes the file) or `--check` (exit 1 when the file is stale).
 *
 * Id policy:
 * - ids are stable, readable, lowercase ASCII slugs: [a-z0-9] words joined by '-' ('react', 'spring-boot',
 *   'nodejs', 'cpp', 'csharp', 'dotnet', 'aws-ec2'). Once published an id never changes; a rename adds an
 *   alias (Material-UI → 'mui', React Query → 'tanstack-query').
 * - the simple-icons slug is reused when it is already readable ('react', 'kotlin', 'mysql'); punctuation
 *   spelled out by simple-icons is shortened ('nodedotjs' → 'nodejs', 'cplusplus' → 'cpp').
 * - cloud services carry their platform as a prefix and as `parent` ('aws-ec2' → 'aws', 'gcp-bigquery').
 * - concepts and certifications use the common English acronym ('msa', 'rest-api', 'cicd', 'cissp') or a
 *   romanised name ('engineer-information-processing' for 정보처리기사).
 *
 * Each YAML file holds one `kind` and its `records`; a record may not override the file's kind. The script
 * fails on duplicate ids, unknown parents, and an alias (by squash key) claimed by two ids.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { toMatchForm } from '../src/normalize/stacks/_match-form.js';
import { squashKey } from '../src/normalize/stacks/squash-key.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'data', 'stacks');
const OUT_FILE = join(ROOT, 'src', 'normalize', 'stacks', 'dictionary.gen.ts');

const KINDS = [
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'tool',
  'platform',
  'concept',
  'certification',
] as const;

const ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase slug: [a-z0-9] words joined by -');
const ALIAS = z.string().trim().min(1);

const StackRecord = z.strictObject({
  id: ID,
  name: z.string().trim().min(1),
  kind: z.enum(KINDS).optional(),
  parent: ID.optional(),
  /** Accepts a trailing version: 'Java 17', 'Python3', 'Vue 3', 'Spring Boot 2.x'. */
  versioned: z.boolean().optional(),
  /** `false`: a tag-list word only ('Frontend', '보안'), never extracted from free text. */
  extract: z.boolean().optional(),
  /** `true`: every free-text form needs context; a list: only these forms do ('Go' but not 'golang'). */
  ambiguous: z.union([z.boolean(), z.array(ALIAS)]).optional(),
  aliases: z
    .strictObject({
      en: z.array(ALIAS).optional(),
      ko: z.array(ALIAS).optional(),
      /** Accepted in tag lists only, never extracted from free text ('노드', '뷰', 'Node'). */
      tagOnly: z.array(ALIAS).optional(),
    })
    .optional(),
  refs: z
    .strictObject({
      simpleIcons: z.string().optional(),
      devicon: z.string().optional(),
      linguist: z.string().optional(),
    })
    .optional(),
});
type StackRecord = z.infer<typeof StackRecord>;

const StackFile = z.strictObject({ kind: z.enum(KINDS), records: z.array(StackRecord).min(1) });

interface LoadedRecord extends StackRecord {
  kind: (typeof KINDS)[number];
  file: string;
}

/** Returns every record of data/stacks/*.yaml, validated, with the file's kind filled in. */
export function loadStackRecords(dir = DATA_DIR): LoadedRecord[] {
  const records: LoadedRecord[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = StackFile.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    for (const record of parsed.data.records) {
      if (record.kind !== undefined && record.kind !== parsed.data.kind) {
        throw new Error(`${file}: ${record.id} has kind ${record.kind} in a ${parsed.data.kind} file`);
      }
      records.push({ ...record, kind: parsed.data.kind, file });
    }
  }
  return records;
}

function patternVariants(alias: string): string[] {
  const form = toMatchForm(alias).trim();
  const out = new Set([form]);
  // 'spring boot' is also written 'springboot'; 'vue.js' also 'vuejs' and 'vue js'.
  if (form.includes(' ')) out.add(form.replaceAll(' ', ''));
  if (/[^\s.]\.[^\s.]/.test(form)) {
    const head = form.startsWith('.') ? '.' : '';
    const body = form.slice(head.length);
    out.add(head + body.replaceAll('.', ''));
    out.add(head + body.replaceAll('.', ' '));
  }
  return [...out].filter((p) => p.length > 0);
}

/** Returns the source of dictionary.gen.ts for `records`; throws on any inconsistency in the data. */
export function generateStacksModule(records: readonly LoadedRecord[] = loadStackRecords()): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map<string, number>();
  const errors: string[] = [];
  sorted.forEach((r, i) => {
    if (index.has(r.id)) errors.push(`duplicate id ${r.id} (${r.file})`);
    index.set(r.id, i);
  });
  const keyOwner = new Map<string, string>();
  const keyLines: string[] = [];
  const patternOwner = new Map<string, string>();
  const patternLines: string[] = [];
  for (const r of sorted) {
    const i = index.get(r.id)!;
    if (r.parent !== undefined && !index.has(r.parent)) errors.push(`${r.id}: unknown parent ${r.parent}`);
    if (r.parent === r.id) errors.push(`${r.id}: is its own parent`);
    const free = [r.name, r.id, ...(r.aliases?.en ?? []), ...(r.aliases?.ko ?? [])];
    const all = [...free, ...(r.aliases?.tagOnly ?? [])];
    for (const alias of all) {
      const key = squashKey(alias);
      if (key === '') continue;
      const owner = keyOwner.get(key);
      if (owner !== undefined && owner !== r.id)
        errors.push(`alias '${alias}' (${key}) claimed by ${owner} and ${r.id}`);
      if (owner === undefined) {
        keyOwner.set(key, r.id);
        keyLines.push(`${key}\t${i.toString(36)}`);
      }
    }
    const gated =
      r.ambiguous === true
        ? new Set(free.map(squashKey))
        : new Set((r.ambiguous === false ? [] : (r.ambiguous ?? [])).map(squashKey));
    for (const alias of r.extract === false ? [] : free) {
      const flag = gated.has(squashKey(alias)) ? 1 : 0;
      for (const pattern of patternVariants(alias)) {
        const owner = patternOwner.get(pattern);
        if (owner !== undefined) {
          if (owner !== r.id) errors.push(`pattern '${pattern}' claimed by ${owner} and ${r.id}`);
          continue;
        }
        patternOwner.set(pattern, r.id);
        patternLines.push(`${pattern}\t${i.toString(36)}\t${flag}`);
      }
    }
  }
  if (errors.length > 0) throw new Error(`data/stacks is inconsistent:\n  ${errors.join('\n  ')}`);

  const kindIndex = sorted.map((r) => KINDS.indexOf(r.kind)).join('');
  const parents = sorted
    .map((r) => (r.parent === undefined ? '' : index.get(r.parent)!.toString(36)))
    .join(',');
  const versioned = sorted.map((r) => (r.versioned ? '1' : '0')).join('');
  const lines = [
    '// Generated by scripts/gen-stacks.ts from data/stacks/*.yaml. Do not edit: change the YAML and run',
    '// `npx tsx scripts/gen-stacks.ts`. A test regenerates this file and fails when it is stale.',
    '',
    `/** Every canonical stack id, sorted. */`,
    `export const STACK_IDS = ${JSON.stringify(sorted.map((r) => r.id))} as const;`,
    '',
    '/** A canonical stack id known to the curated dictionary. */',
    'export type StackId = (typeof STACK_IDS)[number];',
    '',
    '/** Display names, parallel to STACK_IDS. */',
    `export const STACK_NAMES: readonly string[] = ${JSON.stringify(sorted.map((r) => r.name))};`,
    '',
    '/** Record kinds; STACK_KIND_OF holds one digit per id indexing this list. */',
    `export const STACK_KINDS = ${JSON.stringify(KINDS)} as const;`,
    `export const STACK_KIND_OF = ${JSON.stringify(kindIndex)};`,
    '',
    '/** Comma-separated base-36 parent index per id (empty: no parent). */',
    `export const STACK_PARENTS = ${JSON.stringify(parents)};`,
    '',
    "/** One '1' per id that accepts a trailing version ('Java 17', 'Vue3'). */",
    `export const STACK_VERSIONED = ${JSON.stringify(versioned)};`,
    '',
    '/** Lines of `squashKey \\t base-36 id index`: every alias, tag-only ones included. */',
    `export const STACK_KEYS = ${JSON.stringify(keyLines.join('\n'))};`,
    '',
    '/** Lines of `match form \\t base-36 id index \\t 1 when context is required`: free-text patterns. */',
    `export const STACK_PATTERNS = ${JSON.stringify(patternLines.join('\n'))};`,
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = generateStacksModule();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT_FILE, 'utf8');
    if (current !== source) {
      console.error('src/normalize/stacks/dictionary.gen.ts is stale: run npx tsx scripts/gen-stacks.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(OUT_FILE, source);
    console.log(`wrote ${OUT_FILE} (${source.length} chars)`);
  }
}
