import { http, HttpResponse } from 'msw';
import { resetAllCollections } from '../store/collection';
import { mockOrigin } from '../lib/scenario';

/**
 * The app talks to the mock backend only over HTTP, like to a real one:
 * "Reset demo data" is `POST /__mock/reset`.
 */
export function controlHandlers() {
  return [
    http.post(`${mockOrigin()}/__mock/reset`, () => {
      resetAllCollections();
      return HttpResponse.json({ reset: true });
    }),
    http.get(`${mockOrigin()}/__mock/health`, () => HttpResponse.json({ mock: true })),
  ];
}
