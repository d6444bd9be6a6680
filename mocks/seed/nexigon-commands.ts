import type { WireDeviceCommandDescriptor, WireDeviceCommandManifest } from '../../src/api/nexigon/wire';
import type { Flavour } from './fleet';

/**
 * The on-demand commands the devices' agents advertise (the
 * `dev.nexigon.commands` property), with JSON Schema inputs that exercise the
 * console's form generator: enums, bounds, patterns, formats, arrays,
 * nested objects, defaults, required fields, and a command without input.
 */
const COMMON: WireDeviceCommandDescriptor[] = [
  {
    name: 'ping',
    category: 'Diagnostics',
    description: 'Send ICMP echo requests from the device to a host.',
    input: {
      type: 'object',
      properties: {
        host: { type: 'string', title: 'Host', description: 'Host name or IP address.', minLength: 1, maxLength: 253, default: '1.1.1.1' },
        count: { type: 'integer', title: 'Count', minimum: 1, maximum: 20, default: 4 },
        timeoutSecs: { type: 'number', title: 'Timeout (s)', minimum: 0.5, maximum: 30, default: 2 },
      },
      required: ['host'],
      additionalProperties: false,
    },
    output: { type: 'object', properties: { transmitted: { type: 'integer' }, received: { type: 'integer' }, avgRttMs: { type: 'number' } } },
  },
  {
    name: 'collect-logs',
    category: 'Diagnostics',
    description: 'Upload the journal of selected units to the project repository.',
    input: {
      type: 'object',
      properties: {
        units: {
          type: 'array',
          title: 'Units',
          items: { type: 'string', enum: ['nexigon-agent', 'network', 'app', 'kernel'] },
          minItems: 1,
          uniqueItems: true,
          default: ['nexigon-agent'],
        },
        since: { type: 'string', title: 'Since', format: 'date-time', description: 'Only entries after this time.' },
        maxLines: { type: 'integer', title: 'Max lines', minimum: 100, maximum: 100000, default: 5000 },
        includeDebug: { type: 'boolean', title: 'Include debug messages', default: false },
      },
      required: ['units'],
    },
  },
  {
    name: 'reboot',
    category: 'System',
    description: 'Reboot the device after an optional delay.',
    input: {
      type: 'object',
      properties: {
        delaySecs: { type: 'integer', title: 'Delay (s)', minimum: 0, maximum: 3600, default: 10 },
        reason: { type: 'string', title: 'Reason', enum: ['maintenance', 'update', 'troubleshooting'], default: 'maintenance' },
      },
      required: ['reason'],
    },
  },
  { name: 'identify', category: 'System', description: 'Blink the status LED for 30 seconds so a technician can find the device.' },
  {
    name: 'set-wifi',
    category: 'Network',
    description: 'Join a Wi-Fi network (the previous one is kept as fallback).',
    input: {
      type: 'object',
      properties: {
        ssid: { type: 'string', title: 'SSID', minLength: 1, maxLength: 32 },
        passphrase: { type: 'string', title: 'Passphrase', minLength: 8, maxLength: 63, writeOnly: true },
        hidden: { type: 'boolean', title: 'Hidden network', default: false },
        ipv4: {
          type: 'object',
          title: 'IPv4',
          properties: {
            method: { type: 'string', title: 'Method', enum: ['dhcp', 'static'], default: 'dhcp' },
            address: { type: 'string', title: 'Address (CIDR)', pattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$' },
          },
          required: ['method'],
        },
      },
      required: ['ssid', 'passphrase'],
    },
  },
  {
    name: 'update-firmware',
    category: 'Firmware',
    description: 'Install a firmware version from the project repository.',
    input: {
      type: 'object',
      properties: {
        version: { type: 'string', title: 'Version', pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Semantic version, e.g. 4.3.0.' },
        channel: { type: 'string', title: 'Channel', enum: ['stable', 'beta'], default: 'stable' },
        force: { type: 'boolean', title: 'Reinstall if already on this version', default: false },
      },
      required: ['version'],
    },
  },
];

const SPECIFIC: Record<Flavour, WireDeviceCommandDescriptor[]> = {
  meter: [
    {
      name: 'read-register',
      category: 'Metering',
      description: 'Read an OBIS register now instead of waiting for the next interval.',
      input: { type: 'object', properties: { obis: { type: 'string', title: 'OBIS code', pattern: '^\\d+-\\d+:\\d+\\.\\d+\\.\\d+$', default: '1-0:1.8.0' } }, required: ['obis'] },
    },
  ],
  reefer: [
    {
      name: 'start-defrost',
      category: 'Cooling',
      description: 'Start a defrost cycle.',
      input: { type: 'object', properties: { maxMinutes: { type: 'integer', title: 'Max duration (min)', minimum: 5, maximum: 90, default: 30 } } },
    },
  ],
  charger: [
    {
      name: 'unlock-connector',
      category: 'Charging',
      description: 'Release a stuck cable.',
      input: { type: 'object', properties: { connector: { type: 'integer', title: 'Connector', enum: [1, 2] } }, required: ['connector'] },
    },
  ],
  hvac: [
    {
      name: 'override-setpoint',
      category: 'Climate',
      description: 'Temporarily override the zone setpoint.',
      input: {
        type: 'object',
        properties: {
          celsius: { type: 'number', title: 'Setpoint (°C)', minimum: 10, maximum: 30, multipleOf: 0.5, default: 21 },
          durationMinutes: { type: 'integer', title: 'Duration (min)', minimum: 15, maximum: 480, default: 60 },
        },
        required: ['celsius'],
      },
    },
  ],
};

export function commandManifest(flavour: Flavour): WireDeviceCommandManifest {
  return { commands: [...COMMON, ...SPECIFIC[flavour]] };
}
