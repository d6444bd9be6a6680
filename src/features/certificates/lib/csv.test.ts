import { describe, expect, it } from 'vitest';
import { certificatesCsv, csvCell, CSV_HEADER, toCsv } from './csv';
import { DAY_MS } from './filters';
import { row } from './test-rows';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('mqtt.fleet.example.com')).toBe('mqtt.fleet.example.com');
  });
  it('quotes commas, quotes and newlines, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });
  it('neutralises formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });
  it('writes numbers as numbers (a negative day count is not a formula) and empties null', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [['1', 2], [null, 'x,y']])).toBe('a,b\r\n1,2\r\n,"x,y"\r\n');
  });
});

describe('certificatesCsv', () => {
  it('writes one line per row with dates, days left and an absolute owner link', () => {
    const now = Date.parse('2026-11-23T00:00:00Z');
    const csv = certificatesCsv(
      [row({ key: 'c1', name: '=evil', status: 'error', statusDetails: 'rate limited, retry', notValidAfter: now + 10 * DAY_MS, alternativeNames: ['a.example', 'b.example'] })],
      now,
      'https://console.example',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[1]).toBe(`Load balancer,'=evil,Error,"rate limited, retry",,,a.example b.example,,,2026-12-03T00:00:00.000Z,10,,lb,edge,lb-1,https://console.example/load-balancers/fr-par/lb-1?tab=certificates`);
  });
});
