export * from './types';
export * from './formats';
export * from './client';
export * from './queries';
export type * from './wire';
