import type Router from '@koa/router';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { API_ROUTES, NewSubmission, SubmissionChange, SubmissionCheck, SubmissionLink, type SubmissionAnswer } from '@sek/contract';
import type { AppDeps, Beheer } from '../app-deps.js';
import { ApiError } from '../http/api-error.js';
import { jsonBody } from '../http/json-body.js';
import { clientAddress, limiterKey } from '../http/rate-limit.js';

const RECEIVED: SubmissionAnswer = {
  state: 'unconfirmed',
  message: {
    nl: 'Dank u! We hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw aanmelding te bevestigen. Pas daarna gaat uw aanbod naar de coördinator. Kijk ook in uw ongewenste e-mail.',
    en: 'Thank you! We sent you an e-mail. Open the link in it to confirm your submission; only then does it go to the coordinator. Also check your spam folder.',
  },
};
const CONFIRMED: SubmissionAnswer = {
  state: 'pending',
  message: {
    nl: 'Uw aanmelding is bevestigd. Een coördinator bekijkt uw aanbod. U krijgt een e-mail als het in de kaart staat, of als er nog iets moet veranderen.',
    en: 'Your submission is confirmed. A coordinator will look at your offer. You get an e-mail when it is in the kaart, or when something must change.',
  },
};
const CHANGE_RECEIVED: SubmissionAnswer = {
  state: 'pending',
  message: {
    nl: 'Dank u! Uw wijziging gaat naar de coördinator. U krijgt een e-mail als hij in de kaart staat.',
    en: 'Thank you! Your change goes to the coordinator. You get an e-mail when it is in the kaart.',
  },
};

/**
 * The provider form without an account (`<sek-aanbod-aanmelden>` on any site): check while typing,
 * send (a honeypot and limits per client and per address against spam), confirm with the mailed
 * link, and change after a decision with the link from that mail. Links act only on POST, from the
 * page they open.
 */
export function addSubmissionRoutes(router: Router, deps: AppDeps, beheer: Beheer): void {
  const { submissions } = beheer;
  const limits = beheer.submissionLimits ?? { perClient: 10, perAddress: 3 };
  const perClient = new RateLimiterMemory({ points: limits.perClient, duration: 60 * 60, keyPrefix: 'submit-client' });
  const perAddress = new RateLimiterMemory({ points: limits.perAddress, duration: 24 * 60 * 60, keyPrefix: 'submit-address' });

  const consume = async (limiter: RateLimiterMemory, key: string) => {
    try {
      await limiter.consume(limiterKey(key));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const minutes = Math.max(1, Math.ceil(rejection.msBeforeNext / 60_000));
      throw new ApiError(429, 'rate_limited', {
        nl: `Er zijn te veel aanmeldingen verstuurd. Wacht ${minutes} minuten en probeer het opnieuw. Uw ingevulde gegevens blijven bewaard.`,
        en: `Too many submissions were sent. Wait ${minutes} minutes and try again. What you filled in is kept.`,
      }, undefined, { 'Retry-After': String(Math.ceil(rejection.msBeforeNext / 1000)) });
    }
  };

  router.post(API_ROUTES.checkSubmission.path, async (ctx) => {
    const body = await jsonBody(ctx, SubmissionCheck);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { fields: submissions.check(body.submitter, body.offer, body.region) };
  });

  router.post(API_ROUTES.submitOffer.path, async (ctx) => {
    await consume(perClient, clientAddress(ctx, deps.rateLimits?.trustedHeader));
    const body = await jsonBody(ctx, NewSubmission);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 202;
    ctx.body = RECEIVED;
    // A bot filled the field people never see: the same answer, nothing stored or mailed.
    if (body.homepage) return;
    await consume(perAddress, body.submitter.email);
    await submissions.submitAnonymous(body.submitter, body.offer, body.region);
  });

  router.post(API_ROUTES.confirmSubmission.path, async (ctx) => {
    const { token } = await jsonBody(ctx, SubmissionLink);
    await submissions.confirm(token);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = CONFIRMED;
  });

  router.post(API_ROUTES.openSubmission.path, async (ctx) => {
    const { token } = await jsonBody(ctx, SubmissionLink);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await submissions.open(token);
  });

  router.post(API_ROUTES.changeSubmission.path, async (ctx) => {
    const body = await jsonBody(ctx, SubmissionChange);
    await submissions.changeByLink(body.token, body.submitter, body.offer);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 202;
    ctx.body = CHANGE_RECEIVED;
  });
}
