import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DUTCH, loadStrings, type Lang, type Strings } from '../i18n/strings.js';

/**
 * The texts for the host's `lang`. Dutch is in the core bundle; another language is loaded on
 * first use, and until it has arrived the texts stay Dutch, so a screen never mixes two languages.
 */
export class LocalizeController implements ReactiveController {
  /** The language of `strings` (not yet the wanted one while it loads). */
  lang: Lang = 'nl';
  strings: Strings = DUTCH;
  private wanted: Lang = 'nl';

  constructor(private readonly host: ReactiveControllerHost & { lang: string }) {
    host.addController(this);
  }

  hostUpdate(): void {
    const wanted: Lang = this.host.lang === 'en' ? 'en' : 'nl';
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    void loadStrings(wanted).then((strings) => {
      if (this.wanted !== wanted) return;
      this.lang = wanted;
      this.strings = strings;
      this.host.requestUpdate();
    });
  }
}
