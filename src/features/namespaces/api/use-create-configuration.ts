import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createConfiguration } from '../../../api/akamai/client';
import type { CreateConfigurationRequest } from '../../../api/akamai/types';
import { namespaceQueries } from '../../../api/akamai/queries';

export function useCreateConfiguration(namespace: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConfigurationRequest) => createConfiguration({ namespace, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: namespaceQueries.namespaceKey(namespace) }),
  });
}
