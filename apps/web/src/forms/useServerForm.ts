import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import type { GraphQLProblem } from '../errors/graphql-problem';
import { placeFieldErrors } from './field-error-placement';

export interface ServerForm<Values extends object> {
  form: UseFormReturnType<Values>;
  /**
   * Props for the input at `path` (`email`, `contacts.2.phone`): value, onChange, and the
   * form's own error or else the server's error for that path.
   */
  inputProps: (path: string) => ReturnType<UseFormReturnType<Values>['getInputProps']>;
  /** Server field names whose errors are shown beside inputs; `<ProblemAlert formFields>` skips them. */
  placedFields: readonly string[];
}

/**
 * A Mantine form whose inputs also show the field errors of the last failed submit,
 * matched on their whole path. The server's errors are read from `problem` at render time
 * (the mutation hook's state), so they stay until the next submit, as the server said them.
 */
export function useServerForm<Values extends object>(
  options: UseFormInput<Values>,
  problem: GraphQLProblem | null,
): ServerForm<Values> {
  const form = useForm<Values>({ mode: 'controlled', ...options });
  const { placed, placedFields } = placeFieldErrors(problem?.fieldErrors ?? [], form.getValues());
  const inputProps = (path: string) => {
    const props = form.getInputProps(path);
    return { ...props, error: props.error ?? placed[path] };
  };
  return { form, inputProps, placedFields };
}
