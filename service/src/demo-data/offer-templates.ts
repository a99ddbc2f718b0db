import type { OfferInput } from '@sek/contract';

/** The provider that runs an offer; `{g}` becomes the gemeente name. */
export type ProviderKind = 'bibliotheek' | 'welzijn' | 'schuldhulp' | 'gemeente' | 'woningcorporatie' | 'vrijwilligers' | 'ggd';

export interface OfferTemplate {
  key: string;
  provider: ProviderKind;
  title: string;
  summary: string;
  description: string;
  themes: OfferInput['themes'];
  kind: OfferInput['kind'];
  targetGroups: NonNullable<OfferInput['targetGroups']>;
  /** Chance (0-1) that the offer is free; paid ones cost `amountEur`. */
  freeChance: number;
  amountEur?: number;
  dayParts: NonNullable<NonNullable<OfferInput['schedule']>['dayParts']>[];
  bring?: string[];
  languages?: string[];
  /** Offered in every main town; otherwise drawn for smaller kernen. */
  everyTown: boolean;
}

/**
 * Fictitious but realistic offers, modelled on what Dutch libraries, welfare organisations and
 * municipalities run. Texts are B1 Dutch: short sentences, common words, "u".
 */
export const OFFER_TEMPLATES: OfferTemplate[] = [
  {
    key: 'taalcafe', provider: 'bibliotheek', title: 'Taalcafé', everyTown: true,
    summary: 'Praat Nederlands met anderen, met een kop koffie of thee. U oefent in een kleine groep.',
    description: 'In het Taalcafé oefent u Nederlands praten. Een vrijwilliger helpt de groep. U hoeft zich niet aan te melden. Iedereen die Nederlands wil oefenen is welkom.',
    themes: ['taal', 'meedoen'], kind: 'groep', targetGroups: ['nt2', 'nieuwkomers'], freeChance: 1,
    dayParts: [['ochtend'], ['middag'], ['avond']],
  },
  {
    key: 'taalhuis', provider: 'bibliotheek', title: 'Taalhuis: hulp bij lezen en schrijven', everyTown: true,
    summary: 'Wilt u beter lezen, schrijven of rekenen? Kom langs. Wij zoeken samen wat bij u past.',
    description: 'In het Taalhuis krijgt u een gesprek met een taalconsulent. Samen kijken we wat u wilt leren. Daarna zoeken we een cursus of een taalmaatje voor u.',
    themes: ['taal', 'rekenen'], kind: 'spreekuur', targetGroups: ['nt1', 'nt2'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']],
  },
  {
    key: 'klik-tik', provider: 'bibliotheek', title: 'Klik & Tik: leren werken met de computer', everyTown: true,
    summary: 'Leer in uw eigen tempo werken met de computer en internet. Er is altijd iemand om u te helpen.',
    description: 'Klik & Tik is een cursus voor mensen die nog weinig met de computer doen. U leert e-mailen, zoeken op internet en veilig online zijn.',
    themes: ['digitaal'], kind: 'cursus', targetGroups: ['ouderen', 'iedereen'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']],
  },
  {
    key: 'digisterker', provider: 'bibliotheek', title: 'Digisterker: werken met DigiD', everyTown: true,
    summary: 'Leer in 4 lessen hoe u DigiD gebruikt en zaken regelt met de overheid op internet.',
    description: 'In de cursus Digisterker leert u inloggen met DigiD. U oefent met websites van de overheid, zoals Mijn Belastingdienst en de gemeente.',
    themes: ['digitaal', 'overheid'], kind: 'cursus', targetGroups: ['iedereen'], freeChance: 0.6, amountEur: 10,
    dayParts: [['ochtend'], ['middag'], ['avond']], bring: ['DigiD (als u die heeft)', 'Uw smartphone of tablet'],
  },
  {
    key: 'ido', provider: 'bibliotheek', title: 'IDO spreekuur: hulp bij DigiD en formulieren', everyTown: true,
    summary: 'Hulp bij de digitale overheid: DigiD aanvragen, toeslagen, belastingaangifte en formulieren.',
    description: 'Bij het Informatiepunt Digitale Overheid (IDO) helpen wij u met zaken van de overheid op internet. Wij helpen u om het zelf te doen.',
    themes: ['overheid', 'digitaal'], kind: 'spreekuur', targetGroups: ['iedereen'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']], bring: ['Identiteitsbewijs', 'DigiD (als u die heeft)', 'De brief waar het over gaat'],
  },
  {
    key: 'woning-inschrijven', provider: 'bibliotheek', title: 'Hulp bij inschrijven voor een huurwoning', everyTown: true,
    summary: 'Wij helpen u om u in te schrijven als woningzoekende, met DigiD en een e-mailadres, en om te reageren op huizen.',
    description: 'Zoekt u een huurwoning? Wij helpen u met inschrijven op de website van de woningcorporatie. Heeft u nog geen DigiD of e-mailadres? Dan helpen we u die eerst te maken.',
    themes: ['wonen', 'digitaal'], kind: 'spreekuur', targetGroups: ['iedereen'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']], bring: ['Identiteitsbewijs', 'DigiD (als u die heeft)', 'E-mailadres (als u dat heeft)'],
  },
  {
    key: 'thuisadministratie', provider: 'welzijn', title: 'Thuisadministratie: hulp bij uw papieren', everyTown: true,
    summary: 'Een vrijwilliger komt bij u thuis en helpt u orde te maken in uw post en rekeningen.',
    description: 'Heeft u veel post en rekeningen en weet u niet waar u moet beginnen? Een getrainde vrijwilliger helpt u een jaar lang om overzicht te krijgen.',
    themes: ['geld'], kind: 'begeleiding', targetGroups: ['iedereen', 'schulden'], freeChance: 1,
    dayParts: [['ochtend', 'middag'], ['middag', 'avond']],
  },
  {
    key: 'schuldhulpmaatje', provider: 'schuldhulp', title: 'SchuldHulpMaatje', everyTown: false,
    summary: 'Een maatje helpt u als u schulden heeft. Samen zoeken jullie een oplossing.',
    description: 'Een SchuldHulpMaatje is een vrijwilliger die naast u staat. Hij of zij helpt u met overzicht, met contact met schuldeisers en met de weg naar hulp.',
    themes: ['geld'], kind: 'begeleiding', targetGroups: ['schulden'], freeChance: 1,
    dayParts: [['ochtend', 'middag', 'avond']],
  },
  {
    key: 'formulierenhulp', provider: 'welzijn', title: 'Formulierenhulp', everyTown: true,
    summary: 'Vindt u formulieren moeilijk? Wij helpen u ze in te vullen, op papier of op internet.',
    description: 'Bij de formulierenhulp helpen vrijwilligers met formulieren van de gemeente, de Belastingdienst, het UWV en andere organisaties.',
    themes: ['overheid', 'geld'], kind: 'spreekuur', targetGroups: ['iedereen'], freeChance: 1,
    dayParts: [['ochtend'], ['middag'], ['avond']], bring: ['De brief of het formulier', 'Identiteitsbewijs'],
  },
  {
    key: 'taal-voor-het-leven', provider: 'bibliotheek', title: 'Taal voor het Leven: taalmaatje', everyTown: false,
    summary: 'Leer beter lezen en schrijven met een eigen taalmaatje. Jullie spreken af op een tijd die u past.',
    description: 'Een taalmaatje is een vrijwilliger die u helpt met Nederlands. Jullie oefenen met dingen die u nodig heeft, zoals brieven lezen of een formulier invullen.',
    themes: ['taal'], kind: 'begeleiding', targetGroups: ['nt1', 'nt2'], freeChance: 1,
    dayParts: [['avond'], ['ochtend', 'middag']],
  },
  {
    key: 'nederlands-nieuwkomers', provider: 'welzijn', title: 'Nederlands leren voor nieuwkomers', everyTown: true,
    summary: 'Een cursus Nederlands voor mensen die nog niet lang in Nederland wonen. Twee keer per week les.',
    description: 'U leert Nederlands spreken, lezen en schrijven in een groep. De docent helpt u ook met vragen over het leven in Nederland.',
    themes: ['taal', 'inburgering'], kind: 'cursus', targetGroups: ['nieuwkomers', 'nt2'], freeChance: 0.5, amountEur: 25,
    dayParts: [['ochtend'], ['avond']], languages: ['nl', 'en', 'ar', 'uk'],
  },
  {
    key: 'werkspreekuur', provider: 'gemeente', title: 'Werkspreekuur', everyTown: true,
    summary: 'Vragen over werk zoeken, solliciteren of uw cv? Loop binnen bij het werkspreekuur.',
    description: 'Een werkcoach helpt u met uw cv, een sollicitatiebrief en het zoeken naar vacatures. U kunt ook vragen stellen over vrijwilligerswerk.',
    themes: ['werk'], kind: 'spreekuur', targetGroups: ['werkzoekenden'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']], bring: ['Uw cv (als u dat heeft)'],
  },
  {
    key: 'opvoeden', provider: 'ggd', title: 'Opvoedspreekuur', everyTown: true,
    summary: 'Vragen over opvoeden, slapen, eten of school? Praat erover met een opvoedadviseur.',
    description: 'Bij het opvoedspreekuur kunt u al uw vragen over kinderen stellen. Het gesprek is gratis en u hoeft geen verwijzing te hebben.',
    themes: ['gezin'], kind: 'informatie', targetGroups: ['ouders'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']],
  },
  {
    key: 'ontmoeting', provider: 'welzijn', title: 'Koffieochtend in de buurt', everyTown: false,
    summary: 'Drink een kop koffie en maak een praatje met mensen uit de buurt. Iedereen is welkom.',
    description: 'Elke week is er een koffieochtend in het buurthuis. U kunt gewoon binnenlopen. Soms is er een spelletje of een korte uitleg over een onderwerp.',
    themes: ['meedoen'], kind: 'groep', targetGroups: ['ouderen', 'iedereen'], freeChance: 0.7, amountEur: 1,
    dayParts: [['ochtend']],
  },
  {
    key: 'rekenen', provider: 'bibliotheek', title: 'Rekenen voor elke dag', everyTown: false,
    summary: 'Oefen met rekenen dat u elke dag nodig heeft: geld, tijd en korting.',
    description: 'In deze cursus oefent u in een kleine groep met rekenen in het dagelijks leven. U werkt met echte voorbeelden, zoals een kassabon of een rooster.',
    themes: ['rekenen', 'geld'], kind: 'cursus', targetGroups: ['nt1', 'iedereen'], freeChance: 1,
    dayParts: [['middag'], ['avond']],
  },
  {
    key: 'geldzaken', provider: 'schuldhulp', title: 'Geldzaken op orde: workshop', everyTown: false,
    summary: 'Leer in 3 avonden hoe u grip krijgt op uw geld. Met tips voor besparen en toeslagen.',
    description: 'In de workshop maakt u een overzicht van uw inkomsten en uitgaven. U hoort welke toeslagen en regelingen er zijn.',
    themes: ['geld', 'rekenen'], kind: 'cursus', targetGroups: ['iedereen', 'schulden'], freeChance: 1,
    dayParts: [['avond']],
  },
  {
    key: 'voorlezen', provider: 'bibliotheek', title: 'VoorleesExpress', everyTown: false,
    summary: 'Een vrijwilliger komt 20 weken bij u thuis voorlezen aan uw kinderen.',
    description: 'De voorlezer leest voor en laat zien hoe u zelf kunt voorlezen. Zo leren uw kinderen meer woorden en krijgen ze plezier in lezen.',
    themes: ['gezin', 'taal'], kind: 'begeleiding', targetGroups: ['ouders'], freeChance: 1,
    dayParts: [['middag'], ['avond']],
  },
  {
    key: 'gezond', provider: 'ggd', title: 'Gezond leven: vragen over zorg', everyTown: false,
    summary: 'Vragen over gezondheid, de huisarts of uw zorgverzekering? Kom naar het inloopspreekuur.',
    description: 'Een medewerker legt uit hoe de zorg in Nederland werkt en helpt u de juiste hulp te vinden.',
    themes: ['gezondheid'], kind: 'informatie', targetGroups: ['iedereen', 'nieuwkomers'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']],
  },
  {
    key: 'smartphone', provider: 'vrijwilligers', title: 'Hulp bij uw smartphone of tablet', everyTown: false,
    summary: 'Neem uw telefoon of tablet mee. Een vrijwilliger helpt u met uw vragen.',
    description: 'Wilt u leren appen, foto\'s versturen of een app installeren? Vrijwilligers helpen u stap voor stap.',
    themes: ['digitaal'], kind: 'spreekuur', targetGroups: ['ouderen'], freeChance: 1,
    dayParts: [['ochtend'], ['middag']], bring: ['Uw smartphone of tablet', 'Uw wachtwoorden'],
  },
  {
    key: 'vrijwilligerswerk', provider: 'vrijwilligers', title: 'Vrijwilligerswerk vinden', everyTown: false,
    summary: 'Wilt u iets doen voor een ander? Wij zoeken samen met u vrijwilligerswerk dat bij u past.',
    description: 'Bij het vrijwilligerspunt kunt u praten over wat u leuk vindt en goed kunt. Wij kennen veel organisaties die vrijwilligers zoeken.',
    themes: ['werk', 'meedoen'], kind: 'informatie', targetGroups: ['iedereen'], freeChance: 1,
    dayParts: [['middag']],
  },
];

/** Online or phone offers; `area` says whom they serve. */
/** An online or phone offer: national, or one per demo region. */
export type OnlineTemplate = Omit<OfferTemplate, 'everyTown' | 'provider'> & { providerName: string; area: 'national' | 'region' };

export const ONLINE_TEMPLATES: OnlineTemplate[] = [
  {
    key: 'online-taal-oefenen', providerName: 'Stichting Taal Thuis', title: 'Online Nederlands oefenen', area: 'national',
    summary: 'Oefen thuis op de computer met lezen, schrijven en luisteren. In uw eigen tempo.',
    description: 'Op de oefenwebsite kiest u zelf wat u oefent. Er zijn filmpjes en oefeningen op verschillende niveaus.',
    themes: ['taal'], kind: 'online', targetGroups: ['nt1', 'nt2'], freeChance: 1, dayParts: [['ochtend', 'middag', 'avond']],
  },
  {
    key: 'geldlijn', providerName: 'Geldlijn Nederland', title: 'Telefonische hulp bij geldzorgen', area: 'national',
    summary: 'Bel gratis als u zich zorgen maakt over geld. Wij luisteren en zoeken hulp in uw buurt.',
    description: 'U spreekt met een vrijwilliger die veel weet over geld en schulden. Samen kijken jullie wat de volgende stap is.',
    themes: ['geld'], kind: 'online', targetGroups: ['schulden', 'iedereen'], freeChance: 1, dayParts: [['ochtend', 'middag'], ['avond']],
  },
  {
    key: 'online-digid', providerName: 'Digitaal Hulpplein', title: 'Videobellen: hulp met DigiD', area: 'national',
    summary: 'Een medewerker helpt u via videobellen met DigiD en websites van de overheid.',
    description: 'U maakt een afspraak. Op de afgesproken tijd belt een medewerker u via video. U deelt uw scherm en krijgt hulp.',
    themes: ['digitaal', 'overheid'], kind: 'online', targetGroups: ['iedereen'], freeChance: 1, dayParts: [['ochtend'], ['avond']],
  },
  {
    key: 'online-werkcoach', providerName: 'Regionaal Werkcentrum', title: 'Online werkcoach', area: 'region',
    summary: 'Krijg online hulp bij solliciteren van een werkcoach uit uw regio.',
    description: 'De werkcoach helpt u via e-mail en videobellen met uw cv, brieven en het voorbereiden van een gesprek.',
    themes: ['werk'], kind: 'online', targetGroups: ['werkzoekenden', 'jongeren'], freeChance: 1, dayParts: [['middag'], ['avond']],
  },
  {
    key: 'online-opvoeden', providerName: 'Opvoedlijn', title: 'Chat over opvoeden', area: 'region',
    summary: 'Chat met een opvoedadviseur over uw vragen. Ook \'s avonds.',
    description: 'U kunt anoniem chatten. De adviseur geeft tips en vertelt waar u in uw gemeente terecht kunt.',
    themes: ['gezin'], kind: 'online', targetGroups: ['ouders'], freeChance: 1, dayParts: [['avond']],
  },
];
