export * from './types';
export * from './client';
export * from './activation-state';
