import { parse as parseSelector, type Selector } from 'css-what';
import { parse as parseColor } from 'culori';
import type { SchemaChecks } from '@situ/core';

// Pseudo-classes `querySelectorAll` accepts in current browsers. Node must never accept a
// selector a browser rejects: a stamped config is trusted by the page without a second look.
const PSEUDO_CLASSES = new Set(
  `active any-link autofill checked default defined dir disabled empty enabled first-child first-of-type focus
  focus-visible focus-within fullscreen has hover in-range indeterminate invalid is lang last-child last-of-type
  link modal not nth-child nth-last-child nth-last-of-type nth-of-type only-child only-of-type open optional
  out-of-range placeholder-shown popover-open read-only read-write required root scope target user-invalid
  user-valid valid visited where`.split(/\s+/),
);

const TRAVERSALS = new Set(['adjacent', 'child', 'descendant', 'parent', 'sibling', 'column-combinator']);

function known(tokens: Selector[][]): boolean {
  return tokens.length > 0 && tokens.every((compound) =>
    // `querySelectorAll` takes no relative selector ("> a"): a compound starts with a simple one.
    compound.length > 0 && !TRAVERSALS.has(compound[0]!.type) && compound.every((token) => {
      if (token.type === 'pseudo-element') return false;
      if (token.type !== 'pseudo') return true;
      if (!PSEUDO_CLASSES.has(token.name)) return false;
      return !Array.isArray(token.data) || known(token.data);
    }),
  );
}

/** The config checks the browser does with the DOM, done in Node by css-what and culori. */
export const nodeChecks: Omit<SchemaChecks, 'isUrlPattern'> = {
  isSelector(selector) {
    try {
      return known(parseSelector(selector));
    } catch {
      return false;
    }
  },
  isColor: (color) => parseColor(color) !== undefined,
};
