import type { ImportReport } from '@sek/contract';

/**
 * The import report as plain Dutch lines for the CLI (the beheer app uses the same words): one line
 * per rejected record, a summary line, and why the import did not complete, if it did not.
 * @example formatImportReport(report) // "Ingelezen: 2 gelezen, 2 goed, 2 nieuw, …"
 */
export function formatImportReport(report: ImportReport): string {
  const lines = report.rejections.map((r) => `regel/record ${r.record}${r.id ? ` (${r.id})` : ''}: ${r.message.nl}`);
  for (const d of report.derived) lines.push(`record ${d.record}${d.id ? ` (${d.id})` : ''}: zelf bepaald: ${d.derived.map((x) => `${x.field} ${x.values.join(', ')} (uit ${x.basis.join(', ')})`).join('; ')}`);
  for (const r of report.reviews) lines.push(`record ${r.record} (${r.id}): ${r.message.nl}`);
  const heading = report.status === 'dry-run' ? 'Proef, er is niets opgeslagen' : report.status === 'failed' ? 'NIET GELUKT' : 'Ingelezen';
  const seconds = (report.durationMs / 1000).toFixed(1).replace('.', ',');
  lines.push(
    `${heading}: ${report.read} gelezen, ${report.valid} goed, ${report.created} nieuw, ${report.updated} veranderd, ` +
      `${report.unchanged} hetzelfde, ${report.deleted} verwijderd, ${report.rejected} afgekeurd` +
      `${report.needsReview ? `, ${report.needsReview} wacht op een onderwerp` : ''}` +
      `${report.notApplied ? `, ${report.notApplied} niet opgeslagen` : ''} (${report.format}, ${seconds} s)`,
  );
  if (report.error) lines.push(report.error.nl);
  return `${lines.join('\n')}\n`;
}
