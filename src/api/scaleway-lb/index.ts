export * from './types';
export * from './client';
export * from './duration';
export * from './certificate-validity';
