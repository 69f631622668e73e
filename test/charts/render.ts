import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * Renders a component on the server and returns its first `<svg>` element (charts do not nest
 * them), without Svelte's
 * hydration comments and with one element per line so snapshot diffs stay readable.
 */
export function renderSvg<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
): string {
  const { body } = render(component, { props });
  const svg = body.replace(/<!--[\s\S]*?-->/g, '').match(/<svg[\s\S]*?<\/svg>/)?.[0];
  if (!svg) throw new Error(`no <svg> in rendered output:\n${body.slice(0, 500)}`);
  return svg.replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>').replace(/></g, '>\n<') + '\n';
}
