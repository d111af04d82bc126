// Jest's runtime (jest-runtime), with V8's code cache kept between the test files of one worker.
// Jest gives every test file a fresh module registry, so each API file compiles Nest, TypeORM,
// graphql, Apollo and the API's own modules again. The compiled code does not depend on the file
// (nor on its vm context): the first file of a worker compiles a module and keeps V8's code cache
// of it, and later files hand that cache to V8 instead of parsing and compiling the source again.
// The modules are still resolved, linked and run per file, as before. Used by the API's Jest config.
'use strict';
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/** Per module file: the source compiled and V8's cache of it (a source that changed compiles anew). */
const compiled = new Map();

/**
 * Node 20 loses a module's `import()` callback (Jest's loader) when the module's code comes from a
 * cache: such modules compile from source every time.
 */
function cacheable(key, source) {
  return key !== undefined && !source.includes('import(');
}

function cachedDataFor(key, source) {
  const hit = compiled.get(key);
  return hit && hit.source === source ? hit.data : undefined;
}

const SourceTextModule = vm.SourceTextModule;
vm.SourceTextModule = new Proxy(SourceTextModule, {
  construct(target, [source, options = {}], newTarget) {
    const key = options.identifier;
    if (!cacheable(key, source)) return Reflect.construct(target, [source, options], newTarget);
    const cachedData = cachedDataFor(key, source);
    const module = Reflect.construct(target, [source, { ...options, cachedData }], newTarget);
    // The cache can only be made before the module runs (node:vm), so it is made here.
    if (cachedData === undefined || module.cachedDataRejected)
      compiled.set(key, { source, data: module.createCachedData() });
    return module;
  },
});

const compileFunction = vm.compileFunction;
vm.compileFunction = function compileFunctionOnce(source, params, options = {}) {
  const key = options.filename;
  if (!cacheable(key, source)) return compileFunction(source, params, options);
  const cachedData = cachedDataFor(key, source);
  const fn = compileFunction(source, params, { ...options, cachedData, produceCachedData: !cachedData });
  if (fn.cachedDataProduced) compiled.set(key, { source, data: fn.cachedData });
  else if (fn.cachedDataRejected) compiled.delete(key);
  return fn;
};

module.exports = Runtime;
