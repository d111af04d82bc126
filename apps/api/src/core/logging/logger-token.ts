/** The injection token of the app's pino logger (its own file so core providers can use it without importing CoreModule). */
export const LOGGER = Symbol('LOGGER');
