/**
 * Helpers of the documentation tests: find the Markdown files, extract their ```ts blocks, and write the
 * blocks as modules that import the library from src/index.ts instead of 'khuyen-cong'.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A fenced ```ts block of a Markdown file. */
export interface CodeBlock {
  /** Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the block's first code line in the Markdown file. */
  readonly line: number;
  readonly code: string;
  /** The words after ```ts (e.g. `nocheck`). */
  readonly flags: readonly string[];
}

/** README.md and every Markdown file under docs/ (not docs/api, the generated reference). */
export function markdownFiles(): string[] {
  const out = ['README.md'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (rel !== 'docs/api') walk(rel);
      } else if (entry.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out.sort();
}

/** The ```ts / ```typescript blocks of a Markdown text. */
export function extractBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const fence = open[2] as string;
    const indent = (open[1] as string).length;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).trim().startsWith(fence)) {
      body.push((lines[j] as string).slice(Math.min(indent, /^\s*/.exec(lines[j] as string)?.[0].length ?? 0)));
      j += 1;
    }
    blocks.push({ file, line: i + 2, code: body.join('\n'), flags: (open[4] as string).trim().split(/\s+/).filter((f) => f !== '') });
    i = j;
  }
  return blocks;
}

/** Every ts block of README.md and docs/. */
export function allBlocks(): CodeBlock[] {
  return markdownFiles().flatMap((f) => extractBlocks(f, readFileSync(join(ROOT, f), 'utf8')));
}

/**
 * The output comments of a block, in order: `// → text` at the end of a line that calls console.log, or on
 * comment-only lines right after such a line (one per printed line, for a loop or a multi-line print).
 * `onLog` is false for a comment that follows no console.log: the test reports it as misplaced.
 */
export function expectedOutputs(code: string): { readonly line: number; readonly text: string; readonly onLog: boolean }[] {
  const out: { line: number; text: string; onLog: boolean }[] = [];
  let afterLog = false;
  code.split('\n').forEach((l, i) => {
    const m = /\/\/ → (.*)$/.exec(l);
    const standalone = /^\s*\/\/ → /.test(l);
    if (m !== null) out.push({ line: i, text: (m[1] as string).trimEnd(), onLog: l.includes('console.log(') || (standalone && afterLog) });
    afterLog = l.includes('console.log(') || (standalone && afterLog);
  });
  return out;
}

export const TMP = join(ROOT, 'test', '.tmp', 'codeblocks');

/** The library's exports: value names and type-only names. */
export interface LibraryExports {
  readonly values: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
}

/**
 * Writes a block as a module under test/.tmp/codeblocks, with 'khuyen-cong' mapped to src/index.ts. A block
 * without any import statement gets the library exports it names imported for it, on its first line (so that
 * line numbers stay those of the Markdown file).
 */
export function writeBlock(block: CodeBlock, exports: LibraryExports): string {
  const name = `${block.file.replace(/[^\w]+/g, '_')}_L${String(block.line)}.ts`;
  const path = join(TMP, name);
  const toIndex = relative(dirname(path), join(ROOT, 'src', 'index.js')).split('\\').join('/');
  let code = block.code.replace(/(from\s+|import\s*\(\s*)(['"])khuyen-cong\2/g, (_m, pre: string, q: string) => `${pre}${q}${toIndex}${q}`);
  if (!/^\s*import\s/m.test(code)) {
    const used = new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
    const declared = new Set([...code.matchAll(/\b(?:type|interface|const|let|var|function|class|enum)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
    const names = [...used].filter((n) => !declared.has(n) && (exports.values.has(n) || exports.types.has(n))).sort();
    if (names.length > 0) {
      const list = names.map((n) => (exports.values.has(n) ? n : `type ${n}`)).join(', ');
      code = `import { ${list} } from '${toIndex}'; ${code}`;
    }
  }
  mkdirSync(TMP, { recursive: true });
  writeFileSync(path, `${code}\nexport {};\n`);
  return path;
}

/** Empties test/.tmp/codeblocks. */
export function resetTmp(): void {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
}
