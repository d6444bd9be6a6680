import { HttpResponse, type HttpHandler } from 'msw';
import type { CreateSubscriberRequest, ListSubscribersResponse, UpdateSubscriberRequest } from '../../src/api/scaleway-lb/types';
import type { MockLb, MockSubscriber } from '../seed/scaleway-lb';
import { lbsCollection, lbSubscribersCollection } from '../store/scaleway-lb';
import type { Problems } from './scaleway-lb-kit';
import { change, checkName, createIn, getOne, inRegion, listUnder } from './scaleway-lb-kit';
import { lbIn, lbWire, subscriberWire } from './scaleway-lb-model';
import { ownedBy } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: alert subscribers. The checks every endpoint shares are in scaleway-lb-kit.ts. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkSubscriber(p: Problems, body: Partial<UpdateSubscriberRequest>, region: string, selfId?: string): void {
  checkName(p, 'name', body.name);
  if (typeof body.name === 'string' && lbSubscribersCollection.all().some((s) => s.region === region && s.id !== selfId && s.name === body.name)) p.add('name', `a subscriber named "${body.name}" already exists in ${region}`);
  const email = body.email_config;
  const webhook = body.webhook_config;
  if (email && webhook) p.add('email_config', 'only one of email_config and webhook_config may be set');
  if (!email && !webhook) p.add('email_config', 'one of email_config or webhook_config is required', 'required');
  if (email && (typeof email.email !== 'string' || !EMAIL.test(email.email))) p.add('email_config.email', 'must be an email address', 'format');
  if (webhook) {
    if (!URL.canParse(String(webhook.uri)) || new URL(String(webhook.uri)).protocol !== 'https:') p.add('webhook_config.uri', 'must be an https:// URL', 'format');
  }
}

const subscriberIn = (region: string, id: string) => {
  const s = lbSubscribersCollection.get(id);
  return s && s.region === region ? s : undefined;
};

export function subscriberHandlers(base: string): HttpHandler[] {
  return [
    listUnder(
      `${base}/subscribers`,
      'region',
      'region',
      inRegion,
      (region, url) => lbSubscribersCollection.all().filter((s) => s.region === region && ownedBy(s, url)).map((s) => ({ ...s, created_at: null })),
      (page, total): ListSubscribersResponse => ({ subscribers: page.map(subscriberWire), total_count: total }),
      { name: (s) => s.name },
    ),
    createIn<CreateSubscriberRequest>(`${base}/subscribers`, {
      check: (p, body, region) => {
        checkSubscriber(p, body, region);
        if (typeof body.project_id !== 'string' || body.project_id === '') p.required('project_id');
      },
      apply: (region, body) => {
        const subscriber: MockSubscriber = {
          id: crypto.randomUUID(),
          name: String(body.name),
          email_config: body.email_config ? { email: body.email_config.email } : null,
          webhook_config: body.webhook_config ? { uri: body.webhook_config.uri } : null,
          region,
          project_id: String(body.project_id),
          organization_id: String(body.project_id),
        };
        lbSubscribersCollection.insert(subscriber);
        return HttpResponse.json(subscriberWire(subscriber));
      },
    }),
    getOne(`${base}/subscribers/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, subscriberWire),
    change<MockSubscriber, UpdateSubscriberRequest>('put', `${base}/subscribers/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, {
      check: (p, body, s) => checkSubscriber(p, body, s.region, s.id),
      apply: (s, body) => {
        const updated = lbSubscribersCollection.update(s.id, (x) => ({
          ...x,
          name: String(body.name),
          email_config: body.email_config ? { email: body.email_config.email } : null,
          webhook_config: body.webhook_config ? { uri: body.webhook_config.uri } : null,
        }));
        return HttpResponse.json(subscriberWire(updated ?? s));
      },
    }),
    change<MockSubscriber>('delete', `${base}/lb/subscriber/:subscriberId`, 'subscriberId', 'subscriber', subscriberIn, {
      apply: (s) => {
        for (const lb of lbsCollection.all()) if (lb.subscriber_id === s.id) lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null }));
        lbSubscribersCollection.remove(s.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
    change<MockLb, { subscriber_id: string }>('post', `${base}/lb/:lbId/subscribe`, 'lbId', 'lb', lbIn, {
      check: (p, body, lb) => {
        if (!body.subscriber_id) p.required('subscriber_id');
        else if (!subscriberIn(lb.region, body.subscriber_id)) p.add('subscriber_id', `subscriber ${body.subscriber_id} not found in ${lb.region}`);
      },
      apply: (lb, body) => {
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: String(body.subscriber_id), updated_at: new Date().toISOString() }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
    change<MockLb>('delete', `${base}/lb/:lbId/unsubscribe`, 'lbId', 'lb', lbIn, {
      apply: (lb) => {
        const updated = lbsCollection.update(lb.id, (l) => ({ ...l, subscriber_id: null, updated_at: new Date().toISOString() }));
        return HttpResponse.json(lbWire(updated ?? lb));
      },
    }),
  ];
}
