import { describeHostileAnswers } from '../../test/hostile-fetch';
import {
  addDeviceCertificate,
  createDevice,
  createDeviceOperation,
  deleteDevice,
  getDeviceDetails,
  getDeviceOperation,
  getDeviceProperty,
  issueDeviceToken,
  issueHttpProxyToken,
  listDeviceCertificates,
  queryDeviceAuditLog,
  queryDeviceCommands,
  queryDeviceConnections,
  queryDeviceEvents,
  queryDeviceProperties,
  queryDevices,
  queryProjectDevices,
  queryProjects,
  removeDeviceProperty,
  setDeviceCertificateStatus,
  setDeviceName,
  setDeviceProperty,
  startDeviceOperation,
  validateDeviceToken,
  validateHttpProxyToken,
} from './client';
import { fetchFleet } from './queries';

const deviceId = 'd_7Kx3mQ9vR2';

/** Every call of the Nexigon client, reads and mutations alike. */
const calls: Record<string, () => Promise<unknown>> = {
  queryProjects: () => queryProjects(),
  queryProjectDevices: () => queryProjectDevices({ projectId: 'p_1' }),
  fetchFleet: () => fetchFleet(),
  queryDevices: () => queryDevices(),
  getDeviceDetails: () => getDeviceDetails({ deviceId }),
  createDevice: () => createDevice({ projectId: 'p_1', fingerprint: 'd_sk_x' }),
  deleteDevice: () => deleteDevice({ deviceId }),
  setDeviceName: () => setDeviceName({ deviceId, name: 'n' }),
  listDeviceCertificates: () => listDeviceCertificates({ deviceId }),
  addDeviceCertificate: () => addDeviceCertificate({ deviceId, fingerprint: 'AA' }),
  setDeviceCertificateStatus: () => setDeviceCertificateStatus({ certificateId: 'c_1', status: 'Active' }),
  queryDeviceConnections: () => queryDeviceConnections({ deviceId, limit: 5, activeOnly: true }),
  queryDeviceEvents: () => queryDeviceEvents({ deviceId, limit: 5 }),
  queryDeviceAuditLog: () => queryDeviceAuditLog({ deviceId }),
  queryDeviceCommands: () => queryDeviceCommands({ deviceId }),
  queryDeviceProperties: () => queryDeviceProperties({ deviceId }),
  getDeviceProperty: () => getDeviceProperty({ deviceId, name: 'x' }),
  setDeviceProperty: () => setDeviceProperty({ deviceId, name: 'x', value: 1 }),
  removeDeviceProperty: () => removeDeviceProperty({ deviceId, name: 'x' }),
  issueDeviceToken: () => issueDeviceToken({ deviceId, validForSecs: 60 }),
  validateDeviceToken: () => validateDeviceToken({ jwt: 'a.b.c' }),
  issueHttpProxyToken: () => issueHttpProxyToken({ deviceId, validForSecs: 60 }),
  validateHttpProxyToken: () => validateHttpProxyToken({ jwt: 'a.b.c' }),
  createDeviceOperation: () => createDeviceOperation({ deviceId, name: 'op', steps: [] }),
  startDeviceOperation: () => startDeviceOperation({ deviceOperationId: 'o_1' }),
  getDeviceOperation: () => getDeviceOperation({ deviceOperationId: 'o_1' }),
};

describeHostileAnswers('the Nexigon client turns any answer into a result or one ApiError (property)', 'nexigon', calls);
