import { useMutation } from '@tanstack/react-query';
import { validateDeviceToken, validateHttpProxyToken } from '../../../api/nexigon/client';
import type { ValidateDeviceTokenOutput, ValidateHttpProxyTokenOutput } from '../../../api/nexigon/types';

export type TokenKind = 'device' | 'proxy';
export type TokenVerdict = { kind: 'device'; result: ValidateDeviceTokenOutput } | { kind: 'proxy'; result: ValidateHttpProxyTokenOutput };

/** A mutation, not a query: a pasted token must not become a cache key. */
export function useValidateToken() {
  return useMutation({
    mutationFn: async ({ kind, jwt }: { kind: TokenKind; jwt: string }): Promise<TokenVerdict> =>
      kind === 'device' ? { kind, result: await validateDeviceToken({ jwt: jwt.trim() }) } : { kind, result: await validateHttpProxyToken({ jwt: jwt.trim() }) },
  });
}
