/** Renders Markdown to HTML with micromark (CommonMark), a lazy chunk loaded on first use. */
export async function markdownToHtml(markdown: string, allowHtml: boolean): Promise<string> {
  const { micromark } = await import('micromark');
  // Raw HTML is escaped unless the config allows it; dangerous link protocols are always dropped.
  return micromark(markdown, { allowDangerousHtml: allowHtml, allowDangerousProtocol: false });
}
