import { describe, expect, it } from 'vitest';
import { useSekAndBrowser } from '../helpers/stack.js';
import { keepArtifactsOnFailure } from '../helpers/artifacts.js';
import { axeViolations, isolatedPage } from '../helpers/browser.js';
import { eventually, isRunning } from '../helpers/sek-process.js';

// A short timeout, so a paused Meilisearch turns into a 503 quickly.
const stack = useSekAndBrowser({ MEILI_TIMEOUT_MS: '800' });

async function ready(): Promise<boolean> {
  try {
    return (await fetch(`${stack.sek.url}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

async function pollUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('when Meilisearch fails mid-session', () => {
  it('the widget says so kindly, and "Probeer opnieuw" works once Meilisearch is back, without restarting the service', async () => {
    const { page } = await isolatedPage(stack.browser, stack.sek.url);
    keepArtifactsOnFailure(page, 'meilisearch-fault');
    await page.goto(`${stack.sek.url}/demo/gemeente.html`);
    await page.locator('sek-zoeker .result').first().waitFor();
    const servicePid = stack.sek.process.pid;
    const meiliPid = stack.sek.meiliPid!;

    // Freeze Meilisearch (requests time out), search somewhere new (the same search again would be
    // answered from the service's cache, as it should), then kill it outright.
    process.kill(meiliPid, 'SIGSTOP');
    try {
      await page.locator('sek-zoeker #where').fill('4203');
      await page.locator('sek-zoeker button[type=submit]').click();
      await page.locator('sek-zoeker .message', { hasText: 'Zoeken lukt nu even niet' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('sek-zoeker .message button').textContent()).toBe('Probeer opnieuw');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      process.kill(meiliPid, 'SIGKILL');
    }
    expect(await eventually(() => !isRunning(meiliPid))).toBe(true);

    // The service restarts its Meilisearch by itself.
    expect(await pollUntil(ready, 30_000)).toBe(true);
    expect(stack.sek.process.exitCode).toBeNull();
    expect(stack.sek.process.pid).toBe(servicePid);
    expect(await eventually(() => stack.sek.output().includes('embedded Meilisearch restarted'))).toBe(true);

    await page.locator('sek-zoeker .message button', { hasText: 'Probeer opnieuw' }).click();
    await page.locator('sek-zoeker .result').first().waitFor();
    expect(await page.locator('sek-zoeker .message').count()).toBe(0);
  });
});
