import { buildSchema, parse, type ExecutionArgs } from 'graphql';
import { createRequestContext } from '../context/request-context.js';
import { SharedExecutions } from './shared-execution.js';

/**
 * One event's execution is shared by every subscription of a key. A selection with no asynchronous
 * field is there at once, so the other subscribers of the event send its frame without waiting.
 */
const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { changed: Change }
  type Change { title: String, later: String }
`);
const rootResolvers = {
  changed: (event: { title: string }) => ({
    title: event.title,
    later: () => Promise.resolve(`${event.title}, later`),
  }),
};

function argsFor(selection: string): ExecutionArgs {
  return {
    schema,
    document: parse(`subscription { changed { ${selection} } }`),
    variableValues: null,
    operationName: null,
    contextValue: createRequestContext({
      viewer: null,
      locale: 'en',
      requestId: 'spec',
      ip: '127.0.0.1',
      userAgent: null,
      origin: null,
      res: null,
      transport: 'ws',
    }),
  };
}

/** An event as the bus hands it on: graphql-js reads the field of the same name from the root value. */
function executedEvent(title: string): { changed: unknown } {
  return { changed: rootResolvers.changed({ title }) };
}

describe('SharedExecutions', () => {
  it('has the result of a synchronous selection at once, for every subscriber of the key', async () => {
    const executions = new SharedExecutions();
    const operation = executions.operationOf(argsFor('title'));
    const event = executedEvent('Polling stations moved');
    const first = executions.result(event, operation);
    expect(executions.finishedResult(event, operation.key)).toEqual({
      data: { changed: { title: 'Polling stations moved' } },
    });
    expect(await first).toBe(executions.finishedResult(event, operation.key));
  });

  it('has the result of an asynchronous selection only once it has settled', async () => {
    const executions = new SharedExecutions();
    const operation = executions.operationOf(argsFor('title later'));
    const event = executedEvent('Count delayed');
    const first = executions.result(event, operation);
    expect(executions.finishedResult(event, operation.key)).toBeUndefined();
    const result = await first;
    expect(result).toEqual({ data: { changed: { title: 'Count delayed', later: 'Count delayed, later' } } });
    expect(executions.finishedResult(event, operation.key)).toBe(result);
  });

  it('frames a result as the UTF-8 bytes of the graphql-transport-ws message, per subscription id', async () => {
    const executions = new SharedExecutions();
    const operation = executions.operationOf(argsFor('title'));
    const result = await executions.result(executedEvent('Région « Nord » — mise à jour'), operation);
    for (const id of ['1', 'c0a8…"quoted"']) {
      const frame = executions.nextFrame(id, result);
      expect(Buffer.isBuffer(frame)).toBe(true);
      expect(JSON.parse(frame.toString('utf8'))).toEqual({ id, type: 'next', payload: result });
    }
  });
});
