// Which postings belong to one company: the same normalized name, or the same site-issued company id.
// The two keys are joined by union-find, so '카카오' and '(주)카카오' sharing a Wanted company id
// become one company, and so does everything else either of them is linked to.

/** What company grouping reads of a posting. */
export interface CompanyKeyed {
  readonly source: string;
  readonly company: string;
  readonly companyId: string | null;
}

/** Postings' company groups: `groupOf[i]` is -1 for a posting with neither a name nor an id. */
export interface CompanyGroups {
  groupOf: Int32Array;
  /** Canonical company name per group: the most frequent, then the shortest, then codepoint order. */
  names: string[];
}

/** '  SK 하이닉스 ' → 'SK 하이닉스': the normalizer already did the real work; this only guards spacing. */
const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Groups postings by company with a union of two keys: the normalized name and `source` + `companyId`
 * (ids are issued per site — Wanted's 123 and Jumpit's 123 are different companies). Empty names and ids
 * link nothing. The partition, the group names and so every result are independent of input order.
 *
 * @example groupCompanies([{ source: 'wanted', company: '카카오', companyId: '1' }]).names // ['카카오']
 */
export function groupCompanies(postings: readonly CompanyKeyed[]): CompanyGroups {
  const parent: number[] = [];
  const nodeOf = new Map<string, number>();
  const node = (key: string): number => {
    let id = nodeOf.get(key);
    if (id === undefined) {
      id = parent.length;
      parent.push(id);
      nodeOf.set(key, id);
    }
    return id;
  };
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const nodes = new Int32Array(postings.length).fill(-1);
  const names: string[] = postings.map((p) => (typeof p.company === 'string' ? nameKey(p.company) : ''));
  postings.forEach((p, i) => {
    const id = typeof p.companyId === 'string' ? p.companyId.trim() : '';
    // '\u0000' cannot occur in a name, so a name never collides with an id key.
    const a = names[i] ? node(`n\u0000${names[i]}`) : -1;
    const b = id ? node(`i\u0000${p.source}\u0000${id}`) : -1;
    if (a >= 0 && b >= 0) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[ra] = rb;
    }
    nodes[i] = a >= 0 ? a : b;
  });
  const groupOfRoot = new Map<number, number>();
  const groupOf = new Int32Array(postings.length).fill(-1);
  const counts: Map<string, number>[] = [];
  postings.forEach((_, i) => {
    const n = nodes[i]!;
    if (n < 0) return;
    const root = find(n);
    let g = groupOfRoot.get(root);
    if (g === undefined) {
      g = counts.length;
      groupOfRoot.set(root, g);
      counts.push(new Map());
    }
    groupOf[i] = g;
    const name = names[i]!;
    if (name) counts[g]!.set(name, (counts[g]!.get(name) ?? 0) + 1);
  });
  const canonical = counts.map((byName) => {
    let best = '';
    let bestCount = 0;
    for (const [name, count] of byName) {
      const better =
        count > bestCount ||
        (count === bestCount && (name.length < best.length || (name.length === best.length && name < best)));
      if (better) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  });
  return { groupOf, names: canonical };
}
