import { describe, expect, it } from 'vitest';
import { aclToValues, aclValidation, describeAction, describeMatch, valuesToAclInput, type AclValues } from './acl-form';

const base = (overrides: Partial<AclValues> = {}): AclValues => ({ ...aclToValues(undefined, 20), name: 'rule', ...overrides });

describe('ACL form values', () => {
  it('builds the API body: subnets split on lines or commas, HTTP values one per line', () => {
    const input = valuesToAclInput(base({ ip_subnet: '10.0.0.0/8, 192.168.0.0/16\n2001:db8::/32', http_filter: 'regex', http_filter_value: '^/a{1,3}\n\n^/b', action: 'redirect', redirect_target: ' https://x.example.com{{path}} ', redirect_code: '301' }));
    expect(input).toEqual({
      name: 'rule',
      description: '',
      index: 20,
      action: { type: 'redirect', redirect: { type: 'location', target: 'https://x.example.com{{path}}', code: 301 } },
      match: { ip_subnet: ['10.0.0.0/8', '192.168.0.0/16', '2001:db8::/32'], ips_edge_services: false, http_filter: 'regex', http_filter_value: ['^/a{1,3}', '^/b'], http_filter_option: undefined, invert: false },
    });
  });

  it('validates subnets per line, regexes, header names and the need for a condition', () => {
    const http = aclValidation('http');
    expect(http.ip_subnet('10.0.0.0/8\n10.0.0.0/33')).toBe('Line 2 ("10.0.0.0/33"): The prefix length /33 is longer than 32 bits for IPv4');
    expect(http.ip_subnet('10.1.2.3/8')).toContain('host bits are set');
    expect(http.http_filter_value('^/(a', base({ http_filter: 'regex' }))).toContain('Line 1: Not a valid regular expression');
    expect(http.http_filter_value('^/a++', base({ http_filter: 'regex' }))).toBeNull();
    expect(http.http_filter_value('admin', base({ http_filter: 'path_begin' }))).toBe('Line 1 ("admin"): a path begins with "/"');
    expect(http.http_filter_option('', base({ http_filter: 'http_header_match' }))).toBe('Enter the header name, e.g. User-Agent');
    expect(http.http_filter('acl_http_filter_none', base())).toContain('a rule needs a condition');
    expect(aclValidation('tcp').http_filter('path_begin', base())).toBe('HTTP filters need an HTTP backend');
    expect(aclValidation('tcp').action('redirect')).toBe('Redirects need an HTTP frontend');
  });
});

describe('describing rules', () => {
  it('says what a rule matches and does', () => {
    expect(describeMatch({ ip_subnet: ['10.0.0.0/8', '::/0'], ips_edge_services: false, http_filter: 'path_begin', http_filter_value: ['/admin', '/x'], http_filter_option: null, invert: true })).toBe(
      'NOT (client IP in 10.0.0.0/8 or ::/0 and path begins with "/admin" or "/x")',
    );
    expect(describeMatch({ ip_subnet: [], ips_edge_services: false, http_filter: 'http_header_match', http_filter_value: ['1'], http_filter_option: 'X-Debug', invert: false })).toBe('header X-Debug equals "1"');
    expect(describeAction({ type: 'redirect', redirect: { type: 'scheme', target: 'https', code: 301 } })).toBe('Redirect 301 to https://');
  });
});
