/** Whether this browser can read text aloud (Web Speech API). */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/**
 * Reads text aloud in Dutch (or English), with a Dutch voice when the browser has one.
 * Returns a function that stops reading.
 */
export function readAloud(text: string, lang: 'nl' | 'en', onEnd: () => void): () => void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.addEventListener('end', onEnd);
  utterance.addEventListener('error', onEnd);
  synth.speak(utterance);
  return () => {
    synth.cancel();
    onEnd();
  };
}
