import { Agent, request } from 'node:http';

/**
 * A closed-loop HTTP load generator: `concurrency` workers on keep-alive connections, each sending
 * the next request as soon as its previous answer has been read in full. Stops at `durationMs` or
 * after `maxRequests` answers, whichever comes first. Loopback only. Any non-200 answer or socket
 * error makes the run fail: a throughput of errors measures nothing.
 */
export class HttpLoad {
  constructor({ url, path, method = 'POST', headers = {}, body, concurrency = 16 }) {
    const target = new URL(path, url);
    if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost')
      throw new Error(`load only on loopback, not ${target.hostname}`);
    this.concurrency = concurrency;
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
    this.body = body === undefined ? null : Buffer.from(body);
    this.options = {
      host: target.hostname,
      port: Number(target.port),
      path: target.pathname + target.search,
      method,
      agent: this.agent,
      headers: { ...headers, ...(this.body ? { 'content-length': String(this.body.length) } : {}) },
    };
  }

  /**
   * One request. A kept-alive socket the server has just closed for idleness (its keepAliveTimeout
   * runs while the other side of an alternating measurement is loaded) fails on reuse: that request
   * is sent again once on a new socket, as an HTTP client should.
   */
  once(retried = false) {
    return new Promise((resolve, reject) => {
      const req = request(this.options, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', (error) => {
        if (!retried && req.reusedSocket && ['ECONNRESET', 'EPIPE'].includes(error.code))
          resolve(this.once(true));
        else reject(error);
      });
      req.end(this.body ?? undefined);
    });
  }

  /** Runs the load; returns { requests, elapsedMs, perSecond }. */
  async run({ durationMs, maxRequests = Number.POSITIVE_INFINITY }) {
    let started = 0;
    let completed = 0;
    let failure = null;
    const begin = performance.now();
    const deadline = begin + durationMs;
    const worker = async () => {
      while (!failure && started < maxRequests && performance.now() < deadline) {
        started += 1;
        try {
          const { status, body } = await this.once();
          if (status !== 200) throw new Error(`HTTP ${status}: ${body.toString('utf8', 0, 300)}`);
          completed += 1;
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    const elapsedMs = performance.now() - begin;
    if (failure) throw new Error(`load on ${this.options.path} failed: ${failure.message}`);
    return { requests: completed, elapsedMs, perSecond: (completed * 1000) / elapsedMs };
  }

  close() {
    this.agent.destroy();
  }
}
