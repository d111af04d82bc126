import { graphql } from '../../../gql';

// Returns the fields the viewer query shows, so the cached `Me` updates in place.
export const updateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      locale
      timeZone
      user {
        id
        displayName
      }
    }
  }
`);
