/** The regions the product was designed with; the demo data covers exactly these gemeenten. */
export const DEMO_REGIONS = [
  { key: 'gorinchem-molenlanden', name: 'Gorinchem en Molenlanden', library: 'Bibliotheek AanZet', gemeenten: ['GM0512', 'GM1978'] },
  { key: 'dordrecht', name: 'Dordrecht', library: 'Bibliotheek Dordrecht', gemeenten: ['GM0505'] },
  {
    key: 'rivierenland', name: 'Rivierenland', library: 'Bibliotheek Rivierenland',
    gemeenten: ['GM0281', 'GM0216', 'GM1960', 'GM0214', 'GM1740', 'GM0263', 'GM0668', 'GM0297'],
  },
  { key: 'arnhem', name: 'Arnhem', library: 'Bibliotheek Arnhem', gemeenten: ['GM0202'] },
  { key: 'drenthe', name: 'Zuidoost-Drenthe en Assen', library: 'Bibliotheek Drenthe', gemeenten: ['GM0114', 'GM0109', 'GM0106'] },
  { key: 'noordoost-twente', name: 'Dinkelland en Tubbergen', library: 'Bibliotheek Noordoost Twente', gemeenten: ['GM1774', 'GM0183'] },
  { key: 'waterweg', name: 'Vlaardingen, Maassluis en Midden-Delfland', library: 'Bibliotheek Waterweg', gemeenten: ['GM0622', 'GM0556', 'GM1842'] },
] as const;
