import { describe, expect, it } from 'vitest';
import { createHubRequest, hubFormValues, updateHubRequest, type HubFormValues } from './HubForm';

const values = (patch: Partial<HubFormValues>): HubFormValues => ({ ...hubFormValues(undefined, ' 5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01 '), name: 'fleet-telemetry-2', ...patch });

describe('hub request bodies', () => {
  it('sends the events topic prefix while events are on', () => {
    expect(createHubRequest(values({ events_topic_prefix: '$SCW/fleet' }))).toEqual({
      name: 'fleet-telemetry-2',
      project_id: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01',
      product_plan: 'plan_shared',
      disable_events: false,
      events_topic_prefix: '$SCW/fleet',
    });
    expect(updateHubRequest(values({ events_topic_prefix: '$SCW/fleet', enable_device_auto_provisioning: true }))).toEqual({
      name: 'fleet-telemetry-2',
      product_plan: 'plan_shared',
      disable_events: false,
      events_topic_prefix: '$SCW/fleet',
      enable_device_auto_provisioning: true,
    });
  });

  it('does not send the prefix when events are disabled: the form does not check it then', () => {
    // A prefix the form would refuse with events on: it must not reach the API either.
    const disabled = values({ disable_events: true, events_topic_prefix: 'bad/+/prefix/' });
    const create = createHubRequest(disabled);
    expect(create).toEqual({ name: 'fleet-telemetry-2', project_id: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01', product_plan: 'plan_shared', disable_events: true });
    expect('events_topic_prefix' in create).toBe(false);
    const update = updateHubRequest(disabled);
    expect(update).toEqual({ name: 'fleet-telemetry-2', product_plan: 'plan_shared', disable_events: true, enable_device_auto_provisioning: false });
    expect('events_topic_prefix' in update).toBe(false);
  });
});
