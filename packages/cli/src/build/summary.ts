import type { BuildResult } from './build';
import { formatProblem } from './problems';

/** What `situ build` prints: every problem, then one line saying what was built or that nothing was. */
export function summarize(result: BuildResult): { errors: string[]; warnings: string[]; summary: string } {
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const assets = result.written.length - result.outputs.length;
  const summary =
    result.errors.length > 0
      ? `situ build: ${plural(result.errors.length, 'error')}, nothing written`
      : `${plural(result.articles, 'article')} in ${plural(result.locales.length, 'locale')} → ${result.outputs.join(', ')}` +
        (assets > 0 ? ` (+${plural(assets, 'file')})` : '') +
        (result.removed.length > 0 ? `, ${plural(result.removed.length, 'unused copy', 'unused copies')} removed` : '') +
        (result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : '');
  return {
    errors: result.errors.map((p) => formatProblem(p)),
    warnings: result.warnings.map((p) => formatProblem({ ...p, message: `warning: ${p.message}` })),
    summary,
  };
}
