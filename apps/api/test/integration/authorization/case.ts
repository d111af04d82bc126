import { type OrganizationKind } from '@ecw/domain';
import { type Actor, type ActorSession, type Stage, type StagedOrganization } from './stage.js';

/** The refusals the contract names in extensions.code. */
export type RefusalCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

/** One operation selecting exactly the root field under test. */
export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  /** Set for subscriptions: run over graphql-ws; `poke` re-sends an idempotent event until the first result. */
  overSocket?: { poke?: () => Promise<unknown> };
  /** When the case changes the actor's own account, a fresh account of the same kind stands in for the cast's. */
  by?: ActorSession;
}

export interface AllowedAttempt extends Operation {
  /** Checks the field's value; the runner has already checked there are no errors. */
  expect(value: unknown): void | Promise<void>;
}

export interface RefusedAttempt extends Operation {
  /**
   * A code: the only error has it, and the field is null (for NOT_FOUND that is the contract's
   * "null + NOT_FOUND"). `quietly`: refused without an error, by design (e.g. `me` is null when
   * signed out, another user's ids mark nothing), checked by the function.
   */
  refusal: RefusalCode | { quietly(value: unknown): void | Promise<void> };
}

export interface Case<A extends Operation> {
  as: Actor;
  /** What the case shows, in words: "a MEMBER may not rename the organisation". */
  name: string;
  /** Arranges through the API (never as the actor under test, unless that is the point) and says what to run and expect. */
  arrange(stage: Stage): Promise<A>;
}

/** Every root field needs at least one case where the operation is allowed and one where it is refused. */
export interface FieldCases {
  allowed: Case<AllowedAttempt>[];
  refused: Case<RefusedAttempt>[];
}

/** Keyed by `<RootType>.<field>`, e.g. `Mutation.updateOrganization`. */
export type Matrix = Record<string, FieldCases>;

/** An operation on a new staged organisation (see Stage.organization). */
type OperationIn = (organization: StagedOrganization, stage: Stage) => Operation | Promise<Operation>;
type StagingOptions = { verified?: boolean; kind?: OrganizationKind };

/** An allowed case played in a new organisation where the cast holds every role. */
export function allowedIn(
  as: Actor,
  name: string,
  operation: OperationIn,
  check: (value: unknown, organization: StagedOrganization) => void | Promise<void>,
  options: StagingOptions = {},
): Case<AllowedAttempt> {
  return {
    as,
    name,
    arrange: async (stage) => {
      const organization = await stage.organization(options);
      return { ...(await operation(organization, stage)), expect: (value) => check(value, organization) };
    },
  };
}

/** A refused case played in a new organisation where the cast holds every role. */
export function refusedIn(
  as: Actor,
  name: string,
  refusal: RefusalCode,
  operation: OperationIn,
  options: StagingOptions = {},
): Case<RefusedAttempt> {
  return {
    as,
    name,
    arrange: async (stage) => ({ ...(await operation(await stage.organization(options), stage)), refusal }),
  };
}

/**
 * The cases of one field played, each, in a new staged organisation with the same operation: name
 * who is allowed (and what they get) and who is refused (and how) without repeating the operation
 * and its staging in every case.
 */
class FieldCasesIn implements FieldCases {
  readonly allowed: Case<AllowedAttempt>[] = [];
  readonly refused: Case<RefusedAttempt>[] = [];

  constructor(
    private readonly operation: OperationIn,
    private readonly options: StagingOptions,
  ) {}

  allows(
    as: Actor,
    name: string,
    check: (value: unknown, organization: StagedOrganization) => void | Promise<void>,
  ): this {
    this.allowed.push(allowedIn(as, name, this.operation, check, this.options));
    return this;
  }

  refuses(as: Actor, name: string, refusal: RefusalCode): this {
    this.refused.push(refusedIn(as, name, refusal, this.operation, this.options));
    return this;
  }
}

export function casesIn(operation: OperationIn, options: StagingOptions = {}): FieldCasesIn {
  return new FieldCasesIn(operation, options);
}

type OperationOf = Operation | ((stage: Stage) => Operation | Promise<Operation>);

const operationFor = async (operation: OperationOf, stage: Stage) =>
  typeof operation === 'function' ? operation(stage) : operation;

/** An allowed case outside any organisation. */
export function allowed(
  as: Actor,
  name: string,
  operation: OperationOf,
  check: (value: unknown) => void | Promise<void>,
): Case<AllowedAttempt> {
  return {
    as,
    name,
    arrange: async (stage) => ({ ...(await operationFor(operation, stage)), expect: check }),
  };
}

/** A refused case outside any organisation. */
export function refused(
  as: Actor,
  name: string,
  refusal: RefusedAttempt['refusal'],
  operation: OperationOf,
): Case<RefusedAttempt> {
  return { as, name, arrange: async (stage) => ({ ...(await operationFor(operation, stage)), refusal }) };
}

/** The refusal every signed-in-only field owes: no credential, UNAUTHENTICATED. */
export function signedOut(operation: OperationOf): Case<RefusedAttempt> {
  return refused('anonymous', 'signed out', 'UNAUTHENTICATED', operation);
}
