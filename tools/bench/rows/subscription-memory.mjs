import { subscriptionFixture } from '../lib/subscription-fixture.mjs';

/**
 * Memory per open subscription socket: growth of the server's resident set size (VmRSS) from before
 * to after opening N sockets (each subscribed to notificationAdded and proven live by a delivery),
 * divided by N. Both readings follow a full garbage collection (through the inspector), so they count
 * what the sockets retain. Baseline: the same count of raw `ws` sockets on the broadcast server.
 */
export default {
  id: 'subscription-memory',
  name: (sizes) =>
    `memory per open subscription socket (RSS growth at ${sizes.subscribers.toLocaleString('en-US')})`,
  unit: 'KB/socket',
  baseline: 'raw ws sockets',
  target: { text: '≤ 2×', meets: (ratio) => ratio <= 2 },
  async measure(ctx) {
    const bench = await subscriptionFixture(ctx);
    const { product, baseline } = await bench.opened();
    const perSocketKb = (side, key) => (side.after[key] - side.before[key]) / side.sockets / 1024;
    const mb = (bytes) => Math.round(bytes / 1024 / 102.4) / 10;
    const memory = (side) => ({
      rssMb: { before: mb(side.before.rss), after: mb(side.after.rss) },
      jsHeapKbPerSocket: perSocketKb(side, 'heap'),
    });
    return {
      value: perSocketKb(product, 'rss'),
      baselineValue: perSocketKb(baseline, 'rss'),
      details: { sockets: product.sockets, product: memory(product), baseline: memory(baseline) },
    };
  },
};
