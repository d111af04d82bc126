export default async function globalTeardown() {
  await globalThis.__EMBEDDED_DB__?.stop();
}
