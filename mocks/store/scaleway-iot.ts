import { seedHubs, type MockHub } from '../seed/scaleway-iot';
import { createCollection } from './collection';

export const hubsCollection = createCollection<MockHub>({ name: 'scaleway-iot.hubs', seed: seedHubs, id: (h) => h.id });
