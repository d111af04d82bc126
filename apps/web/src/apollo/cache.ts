import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // There is one signed-in account per client: every `Me` the API returns
      // (viewer query, updateProfile, disableTotp) updates the same cache entry.
      Me: { keyFields: [] },
      Query: {
        fields: {
          // "Load more" appends pages; anything else in the arguments is a new list.
          organizations: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
          auditLog: relayStylePagination(['organizationId']),
          elections: relayStylePagination(['filter']),
        },
      },
      Organization: {
        fields: {
          members: relayStylePagination(),
        },
      },
    },
  });
}
