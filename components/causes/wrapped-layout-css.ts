import type { CauseGraph } from '@/lib/incident/model';

/** The narrowest a slot of the side-by-side layout gets; a chain narrower than its slots need is drawn wrapped. */
export const SLOT_MIN_REM = 9;

export const chainContainerName = (index: number) => `cause-chain-${index}`;

/**
 * CSS that switches a chain to its wrapped layout (computed in lib, carried on
 * each cause and arrow as custom properties) when its box is narrower than
 * the side-by-side layout needs: a container query per chain, as the width
 * differs from chain to chain. The side-by-side placement is inline, hence
 * `!important` here.
 */
export function wrappedLayoutCss(graph: CauseGraph): string {
  return graph.components
    .flatMap((chain, index) =>
      chain.wrapped
        ? [
            `@container ${chainContainerName(index)} (width < ${chain.width * SLOT_MIN_REM}rem){` +
              '.cause-grid{grid-template-rows:var(--wrapped-rows)!important;min-width:0!important}' +
              '.cause-slot{grid-row:var(--wrapped-row)!important;grid-column:1/-1!important;margin:0 0 0 var(--wrapped-left)!important;width:var(--wrapped-width)!important;max-width:none!important;padding-inline:0!important}' +
              // Narrow boxes: less padding, and long words hyphenated rather than cut anywhere.
              '.cause-node{padding:.5rem;hyphens:auto}' +
              '.cause-edge{grid-row:var(--wrapped-span)!important}' +
              '.cause-route{display:none!important}' +
              '.cause-route-wrapped{display:contents!important}}',
          ]
        : [],
    )
    .join('\n');
}
