import { describe, expect, it } from 'vitest';
import { parseAkamaiError } from './akamai-envelope';
import { parseNexigonError } from './nexigon-envelope';
import { parseScalewayError } from './scaleway-envelope';

describe('Scaleway envelope: the documented family', () => {
  it('reads invalid_request_error with fields, naming the one refused value', () => {
    const e = parseScalewayError(400, {
      type: 'invalid_request_error',
      message: 'Validation Error',
      fields: { email: ['incorrect email address', 'required key not provided'], firstname: ['length of value must be at least 2'] },
    });
    expect(e.provider).toBe('scaleway');
    expect(e.status).toBe(400);
    expect(e.code).toBe('invalid_request_error');
    expect(e.message).toBe('Scaleway refused 2 values: email, firstname.');
    expect(e.fields.email).toEqual(['incorrect email address', 'required key not provided']);
    expect(e.isClientError).toBe(true);
    expect(parseScalewayError(400, { type: 'invalid_request_error', message: 'Validation Error', fields: { name: ['too long'] } }).message).toBe('Scaleway refused name: too long.');
    expect(parseScalewayError(400, { type: 'invalid_request_error', message: 'request body is not valid JSON' }).message).toBe('Scaleway refused the request (request body is not valid JSON).');
  });

  it('reads the quota variant of invalid_request_error', () => {
    const e = parseScalewayError(400, { type: 'invalid_request_error', message: 'Quota exceeded for this resource.', resource: 'hubs' });
    expect(e.message).toBe('Quota reached (Quota exceeded for this resource): free some or raise the quota.');
    expect(e.hasFieldErrors).toBe(false);
  });

  it('reads invalid_auth, authorization_required and unknown_resource', () => {
    expect(parseScalewayError(401, { type: 'invalid_auth', message: "The header 'X-Auth-Token' is missing" })).toMatchObject({
      code: 'invalid_auth',
      isUnauthorized: true,
      message: "Scaleway refused the API token (The header 'X-Auth-Token' is missing).",
    });
    expect(parseScalewayError(403, { type: 'authorization_required', message: "The token provided doesn't have the requested permission." }).message).toBe(
      "The API token may not do this (The token provided doesn't have the requested permission).",
    );
    const id = '0b5c7e1a-2f3d-4a6b-8c9d-1e2f3a4b5c6d';
    expect(parseScalewayError(404, { type: 'unknown_resource', message: `Security group "${id}" not found` }).message).toBe(`The security group ${id} does not exist.`);
    // Without a quoted id, the server's words.
    expect(parseScalewayError(404, { type: 'unknown_resource', message: 'User not found' }).message).toBe('User not found');
  });

  it('reads 402 (valid parameters, but the request failed) and api_error', () => {
    expect(parseScalewayError(402, { type: 'payment_required', message: 'billing account suspended' }).message).toBe('Scaleway could not carry out this valid request (billing account suspended).');
    expect(parseScalewayError(402, {}).message).toBe('Scaleway could not carry out this valid request.');
    expect(parseScalewayError(500, { type: 'api_error', message: 'Internal server error' })).toMatchObject({ code: 'api_error', message: 'Internal server error' });
  });
});

describe('Scaleway envelope: the SDK-era family', () => {
  it('reads invalid_arguments details onto their fields, with the reason when there is no help', () => {
    const e = parseScalewayError(400, {
      type: 'invalid_arguments',
      message: 'invalid argument(s)',
      details: [
        { argument_name: 'name', reason: 'constraint', help_message: 'too long' },
        { argument_name: 'product_plan', reason: 'required' },
        { argument_name: 'server_ip.1', reason: 'format' },
        { reason: 'unknown', help_message: 'no argument name: skipped' },
      ],
    });
    expect({ ...e.fields }).toEqual({ name: ['too long'], product_plan: ['is required'], 'server_ip.1': ['is wrongly formatted'] });
    expect(e.message).toBe('Scaleway refused 3 values: name, product_plan, server_ip.1.');
    expect(parseScalewayError(400, { type: 'invalid_arguments', details: [{ argument_name: 'name', reason: 'constraint', help_message: 'too long' }] }).message).toBe('Scaleway refused name: too long.');
  });

  it('reads not_found and denied_authentication', () => {
    expect(parseScalewayError(404, { type: 'not_found', resource: 'lb', resource_id: 'abc' })).toMatchObject({ message: 'The load balancer abc does not exist.', details: { resource: 'lb', resource_id: 'abc' } });
    expect(parseScalewayError(401, { type: 'denied_authentication', method: 'api_key', reason: 'invalid_argument' }).message).toBe('Scaleway refused the API key: it is empty or malformed.');
    expect(parseScalewayError(401, { type: 'denied_authentication', method: 'jwt', reason: 'expired' }).message).toBe('Scaleway refused the jwt: it has expired.');
    expect(parseScalewayError(401, { type: 'denied_authentication', method: 'api_key', reason: 'not_found' }).message).toBe('Scaleway refused the API key: it does not exist.');
  });

  it('reads permissions_denied without mistaking its details for argument errors', () => {
    const e = parseScalewayError(403, { type: 'permissions_denied', details: [{ resource: 'iot_hub', action: 'write' }, { resource: 'lb', action: 'read' }] });
    expect(e.message).toBe('The API token lacks a permission: write iot_hub; read lb.');
    expect(e.hasFieldErrors).toBe(false);
  });

  it('reads transient_state and precondition_failed, keeping their members for the pages', () => {
    const t = parseScalewayError(409, { type: 'transient_state', resource: 'hub', resource_id: 'h1', current_state: 'enabling' });
    expect(t).toMatchObject({ code: 'transient_state', message: 'The hub is enabling: wait until it settles, then retry.', details: { current_state: 'enabling', resource_id: 'h1' } });
    const p = parseScalewayError(412, { type: 'precondition_failed', precondition: 'resource_still_in_use', help_message: 'hub has devices' });
    expect(p.details.precondition).toBe('resource_still_in_use');
    expect(p.message).toBe('Hub has devices.');
    expect(parseScalewayError(412, { type: 'precondition_failed', precondition: 'resource_still_in_use' }).message).toBe('Not possible yet: resource still in use.');
  });

  it('reads quotas_exceeded, out_of_stock, locked, expired, already_exists and too_many_requests', () => {
    expect(parseScalewayError(403, { type: 'quotas_exceeded', details: [{ resource: 'lbs', quota: 5, current: 5, project_id: 'p1' }] }).message).toBe(
      'Quota reached for lbs (quota 5): free some or raise the quota.',
    );
    expect(parseScalewayError(503, { type: 'out_of_stock', resource: 'LB-GP-XL' }).message).toBe('LB-GP-XL is out of stock: choose another type or zone.');
    expect(parseScalewayError(403, { type: 'locked', resource: 'lb', resource_id: 'l1' }).message).toBe('The load balancer l1 is locked by Scaleway: contact support.');
    expect(parseScalewayError(410, { type: 'expired', resource: 'token', resource_id: 't1', expired_since: '2026-11-01T00:00:00Z' }).message).toBe('The token t1 has expired (since 2026-11-01T00:00:00Z).');
    expect(parseScalewayError(409, { type: 'already_exists', resource: 'private_network', resource_id: 'pn1', help_message: 'attached to mqtt-ingress-par' }).message).toBe(
      'The private network pn1 already exists: attached to mqtt-ingress-par.',
    );
    expect(parseScalewayError(429, { type: 'too_many_requests', help_message: 'slow down', limit: { quota: 100, window_seconds: 60 }, reset_seconds: 12 }).message).toBe(
      'Too many requests (at most 100 requests per 60 s, retry in 12 s): slow down.',
    );
  });

  it('reads the same problem identically in both families', () => {
    const documented = parseScalewayError(400, { type: 'invalid_request_error', message: 'Validation Error', fields: { name: ['too long'] } });
    const sdk = parseScalewayError(400, { type: 'invalid_arguments', message: 'invalid argument(s)', details: [{ argument_name: 'name', reason: 'constraint', help_message: 'too long' }] });
    expect({ ...documented.fields }).toEqual({ ...sdk.fields });
    expect(documented.message).toBe(sdk.message);
    const id = '1c6d8f2b-3a4e-4b7c-9d0e-2f3a4b5c6d7e';
    expect(parseScalewayError(404, { type: 'unknown_resource', message: `Hub "${id}" not found` }).message).toBe(parseScalewayError(404, { type: 'not_found', resource: 'hub', resource_id: id }).message);
  });
});

describe('Scaleway envelope: other bodies', () => {
  it('turns non-JSON bodies into readable errors', () => {
    expect(parseScalewayError(502, undefined, '<html>Bad gateway</html>').message).toBe('The server failed (HTTP 502)');
    expect(parseScalewayError(503, undefined, 'upstream timeout').message).toBe('upstream timeout');
    expect(parseScalewayError(500, 'a string').code).toBe('server_error');
  });

  it('falls back on the server words, then the status, for types it does not know', () => {
    expect(parseScalewayError(418, { type: 'teapot', message: 'short and stout' })).toMatchObject({ code: 'teapot', message: 'short and stout' });
    expect(parseScalewayError(404, { type: 'not_found' }).message).toBe('The resource does not exist.');
    expect(parseScalewayError(409, {}).message).toBe('The request conflicts with the current state');
  });
});

describe('Akamai problem JSON', () => {
  it('reads the documented validation error', () => {
    const e = parseAkamaiError(400, {
      type: '/dcp-api/error-types/ACL_PATH_CAN_NOT_BE_NULL',
      title: 'Problems parsing JSON',
      errorCode: 'validation_failed',
      errors: [{ type: '/dcp-api/error-types/ACL_PATH_CAN_NOT_BE_NULL', title: 'must not be null', fieldName: 'acls', errorCode: 'acl_path_can_not_be_null' }],
    });
    expect(e.provider).toBe('akamai');
    expect(e.code).toBe('validation_failed');
    expect(e.message).toBe('Problems parsing JSON');
    expect(e.fields.acls).toEqual(['must not be null']);
  });

  it('keeps errors without a field name, and falls back on the type', () => {
    const e = parseAkamaiError(409, { type: '/dcp-api/error-types/CONFLICT', title: 'Conflict', detail: 'Version is active', errors: [{ title: 'deactivate first' }] });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe('Conflict: Version is active');
    expect(e.fields._).toEqual(['deactivate first']);
  });
});

describe('Nexigon envelope', () => {
  it('reads ActionError and ActionResult errors', () => {
    expect(parseNexigonError(400, { kind: 'Invalid', message: 'bad fingerprint' })).toMatchObject({ code: 'Invalid', message: 'bad fingerprint', status: 400 });
    expect(parseNexigonError(403, { result: 'Error', kind: 'Forbidden', message: 'no access' })).toMatchObject({ code: 'Forbidden', message: 'no access' });
    expect(parseNexigonError(500, null, '')).toMatchObject({ code: 'Internal', message: 'The server failed (HTTP 500)' });
  });
});
