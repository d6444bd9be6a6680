export { ApiError, isApiError, isAbortError } from './api-error';
export type { FieldErrors, ApiErrorInit } from './api-error';
export { parseScalewayError } from './scaleway-envelope';
export { parseAkamaiError } from './akamai-envelope';
export { parseNexigonError } from './nexigon-envelope';
