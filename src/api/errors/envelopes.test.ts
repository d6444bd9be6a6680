import { describe, expect, it } from 'vitest';
import { parseAkamaiError } from './akamai-envelope';
import { parseNexigonError } from './nexigon-envelope';
import { parseScalewayError } from './scaleway-envelope';

describe('Scaleway envelope', () => {
  it('reads {type, message, fields}', () => {
    const e = parseScalewayError(400, {
      type: 'invalid_request_error',
      message: 'Validation Error',
      fields: { email: ['incorrect email address', 'required key not provided'], firstname: ['length of value must be at least 2'] },
    });
    expect(e.provider).toBe('scaleway');
    expect(e.status).toBe(400);
    expect(e.code).toBe('invalid_request_error');
    expect(e.message).toBe('Validation Error');
    expect(e.fields.email).toEqual(['incorrect email address', 'required key not provided']);
    expect(e.isClientError).toBe(true);
  });

  it('reads the SDK-era invalid_arguments details and precondition envelopes', () => {
    const e = parseScalewayError(400, { type: 'invalid_arguments', message: 'invalid argument(s)', details: [{ argument_name: 'name', reason: 'constraint', help_message: 'too long' }] });
    expect(e.fields.name).toEqual(['too long']);
    const p = parseScalewayError(412, { type: 'precondition_failed', precondition: 'resource_still_in_use', help_message: 'hub has devices' });
    expect(p.details.precondition).toBe('resource_still_in_use');
    expect(p.message).toBe('hub has devices');
  });

  it('turns non-JSON bodies into readable errors', () => {
    expect(parseScalewayError(502, undefined, '<html>Bad gateway</html>').message).toBe('The server failed (HTTP 502)');
    expect(parseScalewayError(503, undefined, 'upstream timeout').message).toBe('upstream timeout');
    expect(parseScalewayError(500, 'a string').code).toBe('server_error');
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
