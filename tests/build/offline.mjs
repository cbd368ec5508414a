// Preloaded with `node --import` into a build: every outgoing connection to a host other than this
// machine fails, as on a machine without network, and is written to OFFLINE_LOG.
import fs from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const isLocal = (host) => host === undefined || host === null || host === '' || LOCAL.test(String(host).replace(/^\[|\]$/g, ''));

function refuse(what) {
  if (process.env.OFFLINE_LOG) fs.appendFileSync(process.env.OFFLINE_LOG, `${process.pid} ${what}\n`);
  const error = new Error(`getaddrinfo ENOTFOUND ${what} (offline build)`);
  error.code = 'ENOTFOUND';
  return error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { port: args[0], host: args[1] };
  if (options && options.path === undefined && !isLocal(options.host)) {
    const error = refuse(`${options.host}:${options.port}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  const callback = rest.at(-1);
  if (!isLocal(host) && typeof callback === 'function') {
    process.nextTick(() => callback(refuse(host)));
    return {};
  }
  return lookup.call(this, host, ...rest);
};
for (const method of ['resolve', 'resolve4', 'resolve6']) {
  dns.promises[method] = async (host) => {
    throw refuse(host);
  };
}

if (typeof globalThis.fetch === 'function') {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return realFetch(input, init);
    try {
      if (isLocal(new URL(url).hostname)) return realFetch(input, init);
    } catch {
      // not a URL: let fetch say so
      return realFetch(input, init);
    }
    return Promise.reject(refuse(url.slice(0, 200)));
  };
}
