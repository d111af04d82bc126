/**
 * Apollo Client 4 rejects the mutate() promise on any error and also puts that error in
 * the hook's `error`, which the form already shows. Awaiting through this turns the
 * rejection into `null`, so a failed submit is not an unhandled rejection.
 */
export async function settleMutation<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending;
  } catch {
    return null;
  }
}
