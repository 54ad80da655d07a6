import type { Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  pseudoElements?: CdpNode[];
}

const attr = (node: CdpNode, name: string) => {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
};

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.pseudoElements ?? [])]) yield* walk(child);
}

/**
 * The browser's own clear button of the hub's search field (`input[data-situ="search"]`), as
 * Chromium renders it: the computed `display` of the `::-webkit-search-cancel-button` part in the
 * input's user-agent shadow DOM, read through the DevTools protocol (getComputedStyle cannot
 * reach that part: it answers with the input's own style). `type` is the input's type; `display`
 * is null when the input has no such part (it is not `type=search`).
 */
export async function nativeSearchCancel(page: Page): Promise<{ type: string | null; display: string | null }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const input = [...walk(root)].find((n) => n.nodeName === 'INPUT' && attr(n, 'data-situ') === 'search');
    if (!input) throw new Error('e2e: no input[data-situ="search"] in the page');
    const cancel = (input.shadowRoots ?? []).flatMap((r) => [...walk(r)]).find((n) => attr(n, 'pseudo') === '-webkit-search-cancel-button');
    if (!cancel) return { type: attr(input, 'type') ?? null, display: null };
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: cancel.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return { type: attr(input, 'type') ?? null, display: computedStyle.find((p) => p.name === 'display')?.value ?? null };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
