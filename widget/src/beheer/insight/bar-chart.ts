import { svg, type TemplateResult } from 'lit';

export interface Bar {
  label: string;
  value: number;
  /** A part of the value drawn darker (e.g. the searches that found nothing). */
  part?: number;
}

const ROW = 26;
const LABEL = 210;
const WIDTH = 560;

/**
 * A horizontal bar chart in plain SVG, read at a glance: one bar per row with its number. It is a
 * picture (`role="img"` with a summary); the table next to it carries the same numbers for screen
 * readers and for copying. Styled by classes (`.bar`, `.bar-part`), so a strict CSP is no problem.
 */
export function barChart(bars: Bar[], summary: string): TemplateResult {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const scale = (value: number) => Math.round(((WIDTH - LABEL - 60) * value) / max);
  const height = Math.max(ROW, bars.length * ROW);
  return svg`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${summary} preserveAspectRatio="xMinYMin meet">
    ${bars.map((bar, i) => svg`
      <text x=${LABEL - 8} y=${i * ROW + 17} text-anchor="end" class="bar-label">${bar.label}</text>
      <rect x=${LABEL} y=${i * ROW + 4} width=${scale(bar.value)} height=${ROW - 8} class="bar"></rect>
      ${bar.part ? svg`<rect x=${LABEL} y=${i * ROW + 4} width=${scale(bar.part)} height=${ROW - 8} class="bar-part"></rect>` : ''}
      <text x=${LABEL + scale(bar.value) + 6} y=${i * ROW + 17} class="bar-value">${bar.value}</text>`)}
  </svg>`;
}
