/**
 * Every ```ts block in README.md and docs/**\/*.md is type-checked against src/index.ts (imports of
 * 'khuyen-cong' are mapped to it), under the project's strict compiler options. A block with output comments
 * (`console.log(x); // → text`) is also executed, and what it prints must equal the comments, line by line.
 * A block without import statements sees the library's exports that it names, as if it had imported them from
 * 'khuyen-cong'. A block fenced ```ts nocheck is skipped (keep these rare).
 */
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { allBlocks, expectedOutputs, resetTmp, ROOT, writeBlock, type CodeBlock, type LibraryExports } from './markdown.js';

const blocks = allBlocks().filter((b) => !b.flags.includes('nocheck'));
const paths = new Map<CodeBlock, string>();
let program: ts.Program;

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  // Snippets may show a value without using it.
  return { ...parsed.options, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };
}

/** The names src/index.ts exports, split into values and type-only names. */
function libraryExports(options: ts.CompilerOptions): LibraryExports {
  const index = join(ROOT, 'src', 'index.ts');
  const p = ts.createProgram([index], options);
  const checker = p.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(p.getSourceFile(index) as ts.SourceFile) as ts.Symbol;
  const values = new Set<string>();
  const types = new Set<string>();
  for (const e of checker.getExportsOfModule(symbol)) {
    const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    (target.flags & ts.SymbolFlags.Value ? values : types).add(e.name);
  }
  return { values, types };
}

beforeAll(() => {
  resetTmp();
  const options = compilerOptions();
  const exports = libraryExports(options);
  for (const b of blocks) paths.set(b, writeBlock(b, exports));
  program = ts.createProgram([...paths.values()], options, undefined, undefined);
}, 120_000);

afterEach(() => {
  vi.restoreAllMocks();
});

const where = (b: CodeBlock) => `${b.file}:${String(b.line)}`;

describe('documentation code blocks', () => {
  it('there are code blocks to check (README and guides)', () => {
    expect(blocks.some((b) => b.file === 'README.md')).toBe(true);
    expect(blocks.some((b) => b.file.startsWith('docs/'))).toBe(true);
  });

  it.each(blocks.map((b) => [where(b), b] as const))('%s type-checks', (_name, block) => {
    const source = program.getSourceFile(paths.get(block) as string) as ts.SourceFile;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      return `${block.file}:${String(block.line + line)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
    // The first block pays for the checker's lazy work and each run loads src/ through vite: generous limits
    // so a loaded machine does not fail them (a limit, not a timing assertion).
  }, 60_000);

  const runnable = blocks.filter((b) => expectedOutputs(b.code).length > 0);
  it.each(runnable.map((b) => [where(b), b] as const))('%s prints what its // → comments say', async (_name, block) => {
    const expected = expectedOutputs(block.code);
    expect(expected.filter((e) => !e.onLog).map((e) => `${where(block)} line ${String(e.line + 1)}`)).toEqual([]);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(...format(...args).split('\n'));
    });
    await import(pathToFileURL(paths.get(block) as string).href);
    expect(printed).toEqual(expected.map((e) => e.text));
  }, 60_000);
});
