import type { StepTree } from '@sek/contract';

/**
 * SEK's default sub-questions ("Wat wilt u precies?"), 2-4 per theme, in B1 Dutch: what a resident
 * would say at a desk, never the name of a kind of offer. Each implies what a professional would
 * filter on: kinds, target groups, or the words residents type. The service test checks every
 * answer against the schema and the plain-language rules, and that each finds offers in the demo data.
 */
export const DEFAULT_STEPS: StepTree = {
  themes: [
    {
      theme: 'taal',
      answers: [
        { id: 'nederlands-leren', label: { nl: 'Ik wil Nederlands leren', en: 'I want to learn Dutch' }, summary: { nl: 'Nederlands leren', en: 'Learning Dutch' }, implies: { targetGroups: ['nt2'] } },
        { id: 'lezen-schrijven', label: { nl: 'Ik wil beter lezen en schrijven', en: 'I want to read and write better' }, summary: { nl: 'Beter lezen en schrijven', en: 'Reading and writing better' }, implies: { targetGroups: ['nt1'] } },
        { id: 'praten', label: { nl: 'Ik wil Nederlands praten met anderen', en: 'I want to speak Dutch with others' }, summary: { nl: 'Nederlands praten in een groep', en: 'Speaking Dutch in a group' }, implies: { kinds: ['groep'] } },
        { id: 'maatje', label: { nl: 'Ik wil hulp van één vaste persoon', en: 'I want help from one person' }, summary: { nl: 'Een taalmaatje', en: 'A language buddy' }, implies: { kinds: ['begeleiding'] } },
      ],
    },
    {
      theme: 'digitaal',
      answers: [
        { id: 'digid', label: { nl: 'DigiD aanvragen of gebruiken', en: 'Apply for or use DigiD' }, summary: { nl: 'Hulp bij DigiD', en: 'Help with DigiD' }, implies: { q: 'DigiD' } },
        { id: 'telefoon', label: { nl: 'Leren werken met mijn telefoon', en: 'Learn to use my phone' }, summary: { nl: 'Hulp bij uw telefoon', en: 'Help with your phone' }, implies: { q: 'telefoon' } },
        { id: 'computercursus', label: { nl: 'Een computercursus', en: 'A computer course' }, summary: { nl: 'Een computercursus', en: 'A computer course' }, implies: { kinds: ['cursus'] } },
        { id: 'vraag', label: { nl: 'Ik heb een vraag over de computer', en: 'I have a question about the computer' }, summary: { nl: 'Een vraag over de computer', en: 'A question about the computer' }, implies: { kinds: ['spreekuur'] } },
      ],
    },
    {
      theme: 'rekenen',
      answers: [
        { id: 'elke-dag', label: { nl: 'Rekenen met geld en tijd', en: 'Numeracy with money and time' }, summary: { nl: 'Rekenen voor elke dag', en: 'Everyday numeracy' }, implies: { kinds: ['cursus'] } },
        { id: 'vraag', label: { nl: 'Ik wil eerst vragen wat bij mij past', en: 'I first want to ask what suits me' }, summary: { nl: 'Vragen wat bij u past', en: 'Asking what suits you' }, implies: { kinds: ['spreekuur'] } },
      ],
    },
    {
      theme: 'geld',
      answers: [
        { id: 'schulden', label: { nl: 'Ik heb schulden', en: 'I have debts' }, summary: { nl: 'Hulp bij schulden', en: 'Help with debts' }, implies: { targetGroups: ['schulden'] } },
        { id: 'rondkomen', label: { nl: 'Ik wil beter rondkomen', en: 'I want to make ends meet' }, summary: { nl: 'Beter rondkomen', en: 'Making ends meet' }, implies: { kinds: ['cursus'] } },
        { id: 'post', label: { nl: 'Hulp bij post en formulieren', en: 'Help with post and forms' }, summary: { nl: 'Hulp bij post en formulieren', en: 'Help with post and forms' }, implies: { kinds: ['begeleiding', 'spreekuur'] } },
      ],
    },
    {
      theme: 'werk',
      answers: [
        { id: 'werk-zoeken', label: { nl: 'Ik zoek werk', en: 'I am looking for work' }, summary: { nl: 'Werk zoeken', en: 'Looking for work' }, implies: { targetGroups: ['werkzoekenden'] } },
        { id: 'vrijwilligerswerk', label: { nl: 'Ik wil vrijwilliger worden', en: 'I want to volunteer' }, summary: { nl: 'Werk als vrijwilliger', en: 'Volunteer work' }, implies: { q: 'vrijwilligerswerk' } },
      ],
    },
    {
      theme: 'gezondheid',
      answers: [
        { id: 'vragen', label: { nl: 'Ik heb een vraag over zorg', en: 'I have a question about care' }, summary: { nl: 'Vragen over zorg', en: 'Questions about care' }, implies: { kinds: ['informatie'] } },
        { id: 'nieuw', label: { nl: 'Ik ben nieuw in Nederland', en: 'I am new in the Netherlands' }, summary: { nl: 'De zorg leren kennen', en: 'Getting to know Dutch care' }, implies: { targetGroups: ['nieuwkomers'] } },
      ],
    },
    {
      theme: 'gezin',
      answers: [
        { id: 'opvoeden', label: { nl: 'Ik heb een vraag over opvoeden', en: 'I have a question about parenting' }, summary: { nl: 'Vragen over opvoeden', en: 'Questions about parenting' }, implies: { q: 'opvoeden' } },
        { id: 'voorlezen', label: { nl: 'Voorlezen aan mijn kind', en: 'Reading to my child' }, summary: { nl: 'Voorlezen aan uw kind', en: 'Reading to your child' }, implies: { kinds: ['begeleiding'] } },
      ],
    },
    {
      theme: 'wonen',
      answers: [
        { id: 'huurwoning', label: { nl: 'Ik zoek een huurwoning', en: 'I am looking for a rental home' }, summary: { nl: 'Een huurwoning zoeken', en: 'Finding a rental home' }, implies: { q: 'woningzoekende' } },
        { id: 'vraag', label: { nl: 'Ik heb een vraag over wonen', en: 'I have a question about housing' }, summary: { nl: 'Vragen over wonen', en: 'Questions about housing' }, implies: { kinds: ['spreekuur', 'informatie'] } },
      ],
    },
    {
      theme: 'meedoen',
      answers: [
        { id: 'ontmoeten', label: { nl: 'Ik wil mensen ontmoeten', en: 'I want to meet people' }, summary: { nl: 'Mensen ontmoeten', en: 'Meeting people' }, implies: { kinds: ['groep'] } },
        { id: 'vrijwilligerswerk', label: { nl: 'Ik wil iets doen voor een ander', en: 'I want to do something for others' }, summary: { nl: 'Werk als vrijwilliger', en: 'Volunteer work' }, implies: { q: 'vrijwilligerswerk' } },
      ],
    },
    {
      theme: 'inburgering',
      answers: [
        { id: 'cursus', label: { nl: 'Ik wil een cursus Nederlands', en: 'I want a Dutch course' }, summary: { nl: 'Een cursus Nederlands', en: 'A Dutch course' }, implies: { kinds: ['cursus'] } },
        { id: 'nieuw', label: { nl: 'Ik woon nog niet lang in Nederland', en: 'I have not lived here long' }, summary: { nl: 'Nieuw in Nederland', en: 'New in the Netherlands' }, implies: { targetGroups: ['nieuwkomers'] } },
      ],
    },
    {
      theme: 'overheid',
      answers: [
        { id: 'digid', label: { nl: 'DigiD aanvragen of gebruiken', en: 'Apply for or use DigiD' }, summary: { nl: 'Hulp bij DigiD', en: 'Help with DigiD' }, implies: { q: 'DigiD' } },
        { id: 'formulier', label: { nl: 'Hulp bij een formulier', en: 'Help with a form' }, summary: { nl: 'Hulp bij formulieren', en: 'Help with forms' }, implies: { q: 'formulieren' } },
        { id: 'brief', label: { nl: 'Ik begrijp een brief niet', en: 'I do not understand a letter' }, summary: { nl: 'Hulp bij een brief', en: 'Help with a letter' }, implies: { kinds: ['spreekuur'] } },
      ],
    },
  ],
};
