export * from './certificate';
export * from './hub-ca-check';
export * from './pem';
