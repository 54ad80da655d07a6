import type { BuildResult } from './build';
import { formatProblem } from './problems';

/** What `situ build` prints: every problem, then one line saying what was built or that nothing was. */
export function summarize(result: BuildResult): { errors: string[]; warnings: string[]; summary: string } {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const assets = result.written.length - result.outputs.length;
  const summary =
    result.errors.length > 0
      ? `situ build: ${plural(result.errors.length, 'error')}, nothing written`
      : `${plural(result.articles, 'article')} in ${plural(result.locales.length, 'locale')} → ${result.outputs.join(', ')}` +
        (assets > 0 ? ` (+${plural(assets, 'file')})` : '') +
        (result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : '');
  return {
    errors: result.errors.map((p) => formatProblem(p)),
    warnings: result.warnings.map((p) => formatProblem({ ...p, message: `warning: ${p.message}` })),
    summary,
  };
}
