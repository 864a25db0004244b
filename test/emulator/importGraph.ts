/** Import-graph helpers for the emulator's layering test. */

/** The relative module specifiers a TypeScript source imports or re-exports, `import type` included. */
export function relativeImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

/**
 * Every import circle, each listed once as the files of one strongly connected component (Tarjan's
 * algorithm), sorted; a file importing itself counts too.
 */
export function findImportCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;

  const visit = (file: string): void => {
    index.set(file, next);
    lowLink.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };

  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * The emulator's layers, lowest first: 0 the stored workspace and its rules, 1 one run (realm,
 * run context, instrumentation), 2 what every service object shares, 3 the services, 4 the runner,
 * server, globals and demo, 5 the browser page.
 */
export function layerOf(file: string): number {
  if (file.startsWith('emulator/workspace/')) return 0;
  if (file.startsWith('emulator/run/')) return 1;
  if (file.startsWith('emulator/services/common/')) return 2;
  if (file.startsWith('emulator/services/')) return 3;
  if (file.startsWith('emulator/shell/')) return 5;
  return 4;
}
