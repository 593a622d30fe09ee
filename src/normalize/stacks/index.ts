export type { AhoCorasick, AhoCorasickMatch } from './aho-corasick.js';
export { buildAhoCorasick } from './aho-corasick.js';
export type { StackId } from './dictionary.gen.js';
export { extractStacks } from './extract-stacks.js';
export { normalizeStacks } from './normalize-stacks.js';
export { splitStackTags } from './split-stack-tags.js';
export { squashKey } from './squash-key.js';
export type { StackInfo } from './stack-info.js';
export { stackIds, stackInfo, stackParent } from './stack-info.js';
