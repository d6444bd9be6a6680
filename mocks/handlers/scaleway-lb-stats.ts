import { http, HttpResponse, type HttpHandler } from 'msw';
import type { LbStats, ListBackendStatsResponse } from '../../src/api/scaleway-lb/types';
import { hasScenario } from '../../src/lib/mock-scenario';
import { scalewayNotFound } from '../lib/envelopes';
import { withScenario } from '../lib/scenario';
import { listUnder } from './scaleway-lb-kit';
import { backendServerStats, lbIn } from './scaleway-lb-model';

/** Scaleway Load Balancer API v1 mock: statistics. The checks every endpoint shares are in scaleway-lb-kit.ts. */

export function statsHandlers(base: string): HttpHandler[] {
  return [
    http.get(
      `${base}/lbs/:lbId/stats`,
      withScenario('scaleway', ({ request, params }) => {
        const lb = lbIn(String(params.region), String(params.lbId));
        if (!lb) return scalewayNotFound('lb', String(params.lbId));
        const body: LbStats = { backend_servers_stats: backendServerStats(lb, new URL(request.url).searchParams.get('backend_id')) };
        return HttpResponse.json(body);
      }),
    ),
    listUnder(
      `${base}/lbs/:lbId/backend-stats`,
      'lbId',
      'lb',
      (region, id) => (hasScenario('lb-stats-error') ? undefined : lbIn(region, id)),
      (lb, url) => backendServerStats(lb, url.searchParams.get('backend_id')).map((s) => ({ ...s, created_at: null })),
      (page, total): ListBackendStatsResponse => ({ backend_servers_stats: page.map(({ created_at: _c, ...s }) => s), total_count: total }),
      { order: ['created_at_asc'] },
    ),
  ];
}
