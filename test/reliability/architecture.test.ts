/**
 * The seams of the house (ARCHITECTURE.md): areas sit on floors and import only from lower floors, and from
 * another area only names its index exports. KNOWN_PRIVATE_IMPORTS lists the exceptions to the second rule with
 * their reason and plan; it is empty, and may only shrink.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * internal ← quantity ← {stats, geo, schema} ← policy ← {claims, eligibility} ← {audit, project} ← {data, read} ← report ← cli.
 * policy sits above geo and schema: a provincial policy pack (policy/packs) belongs to a province code valid
 * at its dates (geo's dated registry) and is validated with the shared zod toolkit (schema).
 */
const FLOORS: Readonly<Record<string, number>> = {
  internal: 0,
  quantity: 1,
  stats: 2,
  geo: 2,
  schema: 2,
  policy: 3,
  claims: 4,
  eligibility: 4,
  read: 6,
  audit: 5,
  project: 5,
  data: 6,
  report: 7,
  cli: 8,
};
/** The root barrel (src/index.ts) exports floors 0–6; report and the command may use it. */
const ROOT_BARREL_MIN_FLOOR = 7;

interface Import {
  readonly file: string; // src/<area>/<file>.ts
  readonly from: string; // the area
  readonly to: string; // the target area ('' for the root barrel)
  readonly target: string; // the module path inside src, e.g. claims/operand.ts
  readonly names: readonly string[];
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    })
    .sort();
}

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:\{([^}]*)\}|\*\s+as\s+\w+|\*|\w+)\s+from\s+'(\.\.?\/[^']+)'/g;

function crossImports(): Import[] {
  const out: Import[] = [];
  for (const file of files('src')) {
    const parts = file.split(/[\\/]/);
    if (parts.length < 3) continue; // src/index.ts
    const from = parts[1] as string;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      // Resolved against the importing file's folder (a file may sit in a sub-folder, e.g. policy/packs/).
      const target = posix.join(posix.dirname(parts.slice(1).join('/')), m[2] as string);
      if (target.startsWith('..')) continue; // outside src: not an area
      const segs = target.split('/');
      const to = segs.length === 1 ? '' : (segs[0] as string);
      if (to === from) continue;
      const names = (m[1] ?? '*')
        .split(',')
        .map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0] as string)
        .filter((n) => n !== '');
      out.push({ file: parts.join('/'), from, to, target: target.replace(/\.js$/, '.ts'), names });
    }
  }
  return out;
}

/**
 * The names a module exports by name, following `export * from './…'` into modules of the same folder tree (an
 * area's index may gather a sub-area's index, as policy/index.ts does with policy/packs/index.ts).
 */
function exportedNames(file: string, seen: Set<string> = new Set()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const n of (m[1] as string).split(',')) {
      const name = n.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim();
      if (name !== undefined && name !== '') names.add(name);
    }
  }
  for (const m of text.matchAll(/export\s+\*\s+from\s+'(\.\/[^']+)'/g)) {
    const target = posix.join(posix.dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
    for (const n of exportedNames(target, seen)) names.add(n);
  }
  return names;
}

/** The names an area's index exports. */
function publicNames(area: string): Set<string> {
  return exportedNames(posix.join('src', area, 'index.ts'));
}

/**
 * Names imported from another area that its index does not export, as `<importing area> → <module>#<name>`.
 * None is left (issue 15 closed the last sixteen: the Ratio class and its rational bridge moved down to
 * internal/ratio.ts, the whole numbers of an interval to internal/interval.ts, the claims reading and wording of
 * figures and the provincial-pack lookups were published with entry checks). The list may only shrink: a new
 * private import fails the test; publish the name (checked at entry: the sweep calls every public function with
 * hostile values) or move the piece down to internal.
 */
const KNOWN_PRIVATE_IMPORTS: Readonly<Record<string, string>> = {};

/**
 * The API reference (typedoc.json) is grouped by area: each area's exports carry its category, so that the
 * reference reads like the package entries (`khuyen-cong/quantity`, …). internal's RoundingMode is shown with
 * the quantities that re-export it; policy's provincial packs have their own heading.
 */
const AREA_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  internal: ['Core', 'Quantities'],
  quantity: ['Quantities'],
  stats: ['Statistics'],
  geo: ['Provinces'],
  schema: ['Schema'],
  policy: ['Policy', 'Policy packs'],
  claims: ['Claims'],
  eligibility: ['Eligibility'],
  audit: ['Audit'],
  project: ['Projects'],
  data: ['Data'],
  read: ['Reading'],
  report: ['Report'],
  cli: [],
};

describe('architecture', () => {
  const imports = crossImports();

  it('finds the cross-area imports (the scanner works)', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.from === 'claims' && i.to === 'quantity')).toBe(true);
  });

  it('every arrow points down a floor (schema is a leaf: no area above imports it back)', () => {
    const up = imports
      .filter((i) => (i.to === '' ? (FLOORS[i.from] as number) < ROOT_BARREL_MIN_FLOOR : (FLOORS[i.to] as number) >= (FLOORS[i.from] as number)))
      .map((i) => `${i.file} → ${i.target}`);
    expect(up).toEqual([]);
    for (const i of imports) expect(Object.keys(FLOORS), i.file).toContain(i.from);
  });

  it('areas import each other only through names their index exports (known exceptions listed)', () => {
    const found = new Set<string>();
    for (const i of imports) {
      if (i.to === '' || i.to === 'internal') continue;
      const pub = publicNames(i.to);
      for (const n of i.names) if (n === '*' || !pub.has(n)) found.add(`${i.from} → ${i.target}#${n}`);
    }
    const unexpected = [...found].filter((k) => !Object.hasOwn(KNOWN_PRIVATE_IMPORTS, k)).sort();
    expect(unexpected).toEqual([]);
    // The list may only shrink: an entry that no longer matches must be deleted.
    const stale = Object.keys(KNOWN_PRIVATE_IMPORTS).filter((k) => !found.has(k));
    expect(stale).toEqual([]);
  });

  it('the API reference groups every export under its area’s category, in the order of typedoc.json', () => {
    const wrong: string[] = [];
    for (const file of files('src')) {
      const area = file.split(/[\\/]/)[1] as string;
      if (!Object.hasOwn(AREA_CATEGORIES, area)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/@category ([^*\n]+?)\s*(?:\*\/|\n)/g)) {
        if (!(AREA_CATEGORIES[area] as readonly string[]).includes(m[1] as string)) wrong.push(`${file}: ${m[1] as string}`);
      }
    }
    expect(wrong).toEqual([]);
    const order = (JSON.parse(readFileSync('typedoc.json', 'utf8')) as { categoryOrder: string[] }).categoryOrder;
    const shown = new Set(Object.entries(AREA_CATEGORIES).filter(([a]) => a !== 'report' && a !== 'cli').flatMap(([, c]) => c));
    for (const c of shown) expect(order, c).toContain(c);
  });

  it('the API reference includes every guide of docs/ (typedoc projectDocuments), docs/README.md as its front page', () => {
    const config = JSON.parse(readFileSync('typedoc.json', 'utf8')) as { projectDocuments: string[]; readme: string };
    const guides = readdirSync('docs')
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => `docs/${f}`)
      .sort();
    expect(guides.length).toBeGreaterThan(10);
    expect([...config.projectDocuments].sort()).toEqual(guides);
    expect(config.readme).toBe('docs/README.md');
  });
});
