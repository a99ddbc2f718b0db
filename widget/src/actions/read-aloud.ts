/** Whether this browser can read text aloud (Web Speech API). */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/**
 * Reads text aloud in Dutch (or English), with a Dutch voice when the browser has one.
 * Returns a function that stops reading, and whether the browser lacks a voice for the language
 * (it then reads with another voice: the resident should know why it sounds odd).
 */
export function readAloud(text: string, lang: 'nl' | 'en', onEnd: () => void): { stop: () => void; noVoice: boolean } {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const voices = synth.getVoices();
  const voice = voices.find((v) => v.lang.toLowerCase().startsWith(lang));
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.addEventListener('end', onEnd);
  utterance.addEventListener('error', onEnd);
  synth.speak(utterance);
  return {
    stop: () => {
      synth.cancel();
      onEnd();
    },
    // An empty list means the voices are still loading: no reason to warn.
    noVoice: voices.length > 0 && !voice,
  };
}
