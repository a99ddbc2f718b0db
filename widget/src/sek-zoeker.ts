import { SekZoekerElement } from './sek-zoeker-element.js';

export { SekZoekerElement };

// Registration only. A page that loads the script twice keeps the first definition instead of throwing.
if (!customElements.get('sek-zoeker')) customElements.define('sek-zoeker', SekZoekerElement);

declare global {
  interface HTMLElementTagNameMap {
    'sek-zoeker': SekZoekerElement;
  }
}
