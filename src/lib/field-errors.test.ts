import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors/api-error';
import { remapFieldErrors } from './field-errors';

describe('remapFieldErrors', () => {
  it('renames fields and gathers indexed entries at their list', () => {
    const error = new ApiError({ provider: 'scaleway', status: 400, code: 'invalid_arguments', message: 'invalid argument(s)', fields: { 'server_ip.1': ['"10.0.0.300": out of range'], 'server_ip.3': ['duplicate'], forward_port: ['must be between 1 and 65535'], 'health_check.port': ['bad'] } });
    const out = remapFieldErrors(error, { 'health_check.port': 'hcPort' }, { server_ip: 'servers' });
    expect(out).toBeInstanceOf(ApiError);
    expect((out as ApiError).fields).toEqual({ servers: ['Entry 2: "10.0.0.300": out of range', 'Entry 4: duplicate'], forward_port: ['must be between 1 and 65535'], hcPort: ['bad'] });
    expect((out as ApiError).message).toBe('invalid argument(s)');
  });

  it('leaves other errors alone', () => {
    const plain = new Error('x');
    expect(remapFieldErrors(plain, {})).toBe(plain);
  });
});
