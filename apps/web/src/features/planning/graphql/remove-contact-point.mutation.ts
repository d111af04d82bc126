import { graphql } from '../../../gql';

export const removeContactPointMutation = graphql(`
  mutation RemoveContactPoint($id: ID!) {
    removeContactPoint(id: $id)
  }
`);
