// Squash key → id index, built once from the generated tables on first use so that importing the
// package costs nothing until a stack is actually normalized.
import { STACK_KEYS, STACK_VERSIONED } from './dictionary.gen.js';
import { squashKey } from './squash-key.js';

// A trailing version on a squash key: 'java17', 'python311' (3.11), 'springboot2x' (2.x), 'angular2plus'
// (2+). Only stripped when the rest names a record marked `versioned`, so 's3', 'ec2', 'web3', 'k8s',
// 'caffe2' and 'l7' are never read as versions.
const VERSION_SUFFIX = /\d[\dx]*(?:plus)?$/;

let keyIndex: Map<string, number> | undefined;

function keys(): Map<string, number> {
  if (keyIndex === undefined) {
    keyIndex = new Map();
    for (const line of STACK_KEYS.split('\n')) {
      const tab = line.indexOf('\t');
      keyIndex.set(line.slice(0, tab), Number.parseInt(line.slice(tab + 1), 36));
    }
  }
  return keyIndex;
}

function versionedIndex(key: string): number {
  const index = keys().get(key);
  return index !== undefined && STACK_VERSIONED.charCodeAt(index) === 49 ? index : -1;
}

/** Returns the dictionary index of a squash key, reading a whitelisted trailing version; -1 when unknown. */
export function lookupKey(key: string): number {
  if (key === '') return -1;
  const exact = keys().get(key);
  if (exact !== undefined) return exact;
  const match = VERSION_SUFFIX.exec(key);
  if (match === null || match.index === 0) return -1;
  const base = key.slice(0, match.index);
  const index = versionedIndex(base);
  // 'vuev3', 'nodev20': a 'v' before the number.
  if (index < 0 && base.length > 1 && base.endsWith('v')) return versionedIndex(base.slice(0, -1));
  return index;
}

/** Returns the dictionary index of a single tag ('React.js', '리액트', 'Java 17'); -1 when unknown. */
export function lookupStack(tag: string): number {
  return lookupKey(squashKey(tag));
}
