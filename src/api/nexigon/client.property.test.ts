import { describeHostileAnswers } from '../../test/hostile-fetch';
import * as client from './client';
import { fetchFleet } from './queries';

const deviceId = 'd_7Kx3mQ9vR2';

/** Every call of the Nexigon client, reads and mutations alike. */
const calls: Record<string, () => Promise<unknown>> = {
  queryProjects: () => client.queryProjects(),
  queryProjectDevices: () => client.queryProjectDevices({ projectId: 'p_1' }),
  fetchFleet: () => fetchFleet(),
  queryDevices: () => client.queryDevices(),
  getDeviceDetails: () => client.getDeviceDetails({ deviceId }),
  createDevice: () => client.createDevice({ projectId: 'p_1', fingerprint: 'd_sk_x' }),
  deleteDevice: () => client.deleteDevice({ deviceId }),
  setDeviceName: () => client.setDeviceName({ deviceId, name: 'n' }),
  listDeviceCertificates: () => client.listDeviceCertificates({ deviceId }),
  addDeviceCertificate: () => client.addDeviceCertificate({ deviceId, fingerprint: 'AA' }),
  setDeviceCertificateStatus: () => client.setDeviceCertificateStatus({ certificateId: 'c_1', status: 'Active' }),
  queryDeviceConnections: () => client.queryDeviceConnections({ deviceId, limit: 5, activeOnly: true }),
  queryDeviceEvents: () => client.queryDeviceEvents({ deviceId, limit: 5 }),
  publishDeviceEvents: () => client.publishDeviceEvents({ deviceId, events: [{ severity: 'Info', body: 'x' }] }),
  registerDeviceConnection: () => client.registerDeviceConnection({ deviceId, nodeId: 'cluster_node_1', connectionId: 'd_conn_1' }),
  unregisterDeviceConnection: () => client.unregisterDeviceConnection({ connectionId: 'd_conn_1', endReason: 'Disconnected' }),
  queryDeviceAuditLog: () => client.queryDeviceAuditLog({ deviceId }),
  queryDeviceCommands: () => client.queryDeviceCommands({ deviceId }),
  queryDeviceProperties: () => client.queryDeviceProperties({ deviceId }),
  getDeviceProperty: () => client.getDeviceProperty({ deviceId, name: 'x' }),
  setDeviceProperty: () => client.setDeviceProperty({ deviceId, name: 'x', value: 1 }),
  removeDeviceProperty: () => client.removeDeviceProperty({ deviceId, name: 'x' }),
  issueDeviceToken: () => client.issueDeviceToken({ deviceId, validForSecs: 60 }),
  validateDeviceToken: () => client.validateDeviceToken({ jwt: 'a.b.c' }),
  issueHttpProxyToken: () => client.issueHttpProxyToken({ deviceId, validForSecs: 60 }),
  validateHttpProxyToken: () => client.validateHttpProxyToken({ jwt: 'a.b.c' }),
  createDeviceOperation: () => client.createDeviceOperation({ deviceId, name: 'op', steps: [] }),
  startDeviceOperation: () => client.startDeviceOperation({ deviceOperationId: 'o_1' }),
  queryDeviceOperations: () => client.queryDeviceOperations({ deviceId }),
  cancelDeviceOperation: () => client.cancelDeviceOperation({ deviceOperationId: 'o_1' }),
  getDeviceOperation: () => client.getDeviceOperation({ deviceOperationId: 'o_1' }),
};

describeHostileAnswers('the Nexigon client turns any answer into a result or one ApiError (property)', 'nexigon', calls);
