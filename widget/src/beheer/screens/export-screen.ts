import { LitElement, html } from 'lit';
import type { User } from '@sek/contract';
import { beheerStyles } from '../beheer-styles.js';

const FORMATS = [
  ['csv', 'CSV', 'Voor Excel: hetzelfde sjabloon als bij importeren.'],
  ['ndjson', 'NDJSON', 'Voor een ander systeem: één aanbod per regel.'],
  ['hsds', 'HSDS 3.0', 'De open standaard voor sociale kaarten (Open Referral).'],
] as const;

/** Downloads of the offers a person keeps, in the import's formats. */
export class SekBeheerExport extends LitElement {
  static override styles = beheerStyles;
  static override properties = { user: { attribute: false } };

  declare user: User;

  override render() {
    const scope = this.user.role === 'beheerder' ? 'al het aanbod' : this.user.role === 'aanbieder' ? 'het aanbod van uw organisatie' : `het aanbod in uw gemeenten (${this.user.gemeenten.join(', ')})`;
    return html`
      <h1 tabindex="-1">Exporteren</h1>
      <p>Download ${scope}, ook wat bewoners (nog) niet zien.</p>
      <ul>${FORMATS.map(([format, name, help]) => html`<li><p><a class="button secondary" href="/v1/admin/export?format=${format}" download>${name} downloaden</a> <span class="help">${help}</span></p></li>`)}</ul>`;
  }
}

if (!customElements.get('sek-beheer-export')) customElements.define('sek-beheer-export', SekBeheerExport);
