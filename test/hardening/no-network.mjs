// A preload (node --import) that makes every way out to the network throw: sockets, DNS, HTTP(S), TLS, UDP,
// fetch. The hardening corpus runs commands under it and fails on the marker line it prints.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const deny = (what) =>
  function denied() {
    process.stderr.write(`NETWORK ACCESS: ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };

net.Socket.prototype.connect = deny('net.Socket.prototype.connect');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = deny(`dns.${name}`);
  dns.promises[name] = deny(`dns.promises.${name}`);
}
http.request = deny('http.request');
http.get = deny('http.get');
https.request = deny('https.request');
https.get = deny('https.get');
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
syncBuiltinESMExports();
