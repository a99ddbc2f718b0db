import { expect } from '@open-wc/testing';
import { BoundingBox, ErrorBody, PlacesResponse, SearchResponse } from '@sek/contract';
import { regionBoundingBox, search, SearchError, suggestPlaces } from '../src/api/search-client.js';
import { api } from './helpers.js';

/** The widget trusts answers without parsing them (zod stays out of its bundle); here they are parsed. */
describe('the API client against the contract', () => {
  it('gets search answers that match the SearchResponse schema, with every filter the widget sends', async () => {
    const response = await search(await api(), {
      near: '4201', radiusKm: 10, themes: ['taal', 'digitaal'], free: true, dayParts: ['avond', 'middag'], targetGroups: ['nt2'],
      kinds: ['groep'], online: 'include', region: ['GM0512'], kaart: 'sociaal-educatief', page: 1, limit: 10,
    });
    expect(() => SearchResponse.parse(response)).not.to.throw();
    const broad = await search(await api(), { near: 'Arkel', radiusKm: 25, limit: 50 });
    expect(() => SearchResponse.parse(broad)).not.to.throw();
    expect(broad.results.length).to.be.greaterThan(0);
  });

  it('gets place suggestions that match their schema', async () => {
    const places = await suggestPlaces(await api(), 'Bleskens');
    expect(() => PlacesResponse.parse(places)).not.to.throw();
    expect(places.results[0]!.label).to.contain('Bleskensgraaf');
  });

  it('gets a region box that matches its schema', async () => {
    const box = await regionBoundingBox(await api(), 'GM1978');
    expect(() => BoundingBox.parse(box)).not.to.throw();
  });

  it('turns a 400 into an invalid SearchError carrying an ErrorBody', async () => {
    const failure = await search(await api(), { near: '1000' }).then(() => undefined, (error: unknown) => error);
    expect(failure).to.be.instanceOf(SearchError);
    expect((failure as SearchError).kind).to.equal('invalid');
    expect(() => ErrorBody.parse((failure as SearchError).body)).not.to.throw();
  });
});
