import { LitElement, html } from 'lit';
import type { User } from '@sek/contract';
import { beheerStyles } from '../beheer-styles.js';
import { local, t } from '../beheer-lang.js';

const FORMATS = [
  ['csv', 'CSV', { nl: 'Voor Excel: hetzelfde sjabloon als bij importeren.', en: 'For Excel: the same template as for importing.' }],
  ['ndjson', 'NDJSON', { nl: 'Voor een ander systeem: één aanbod per regel.', en: 'For another system: one offer per line.' }],
  ['hsds', 'HSDS 3.0', { nl: 'De open standaard voor sociale kaarten (Open Referral).', en: 'The open standard for social maps (Open Referral).' }],
] as const;

/** Downloads of the offers a person keeps, in the import's formats. */
export class SekBeheerExport extends LitElement {
  static override styles = beheerStyles;
  static override properties = { lang: { attribute: false }, user: { attribute: false } };

  declare user: User;

  override render() {
    const scope = this.user.role === 'beheerder' ? t('al het aanbod', 'all offers') : this.user.role === 'aanbieder' ? t('het aanbod van uw organisatie', "your organisation's offers") : `${t('het aanbod in uw gemeenten', 'the offers in your municipalities')} (${this.user.gemeenten.join(', ')})`;
    return html`
      <h1 tabindex="-1">${t('Exporteren', 'Export')}</h1>
      <p>${t('Download', 'Download')} ${scope}, ${t('ook wat bewoners (nog) niet zien.', 'also what residents do not see (yet).')}</p>
      <ul>${FORMATS.map(([format, name, help]) => html`<li><p><a class="button secondary" href="/v1/admin/export?format=${format}" download>${name} ${t('downloaden', 'download')}</a> <span class="help">${local(help)}</span></p></li>`)}</ul>`;
  }
}

if (!customElements.get('sek-beheer-export')) customElements.define('sek-beheer-export', SekBeheerExport);
