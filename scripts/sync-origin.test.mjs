// node --test scripts/sync-origin.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syncOrigins } from './sync-origin.mjs';

test('unset or blank means none', () => {
  assert.deepEqual(syncOrigins(undefined), []);
  assert.deepEqual(syncOrigins('  '), []);
});

test('origins are read, trimmed, lowered and kept once', () => {
  assert.deepEqual(syncOrigins('https://Couch.Example.com'), ['https://couch.example.com']);
  assert.deepEqual(
    syncOrigins(' http://127.0.0.1:5991 , https://db.shop.it:6984,http://127.0.0.1:5991'),
    ['http://127.0.0.1:5991', 'https://db.shop.it:6984'],
  );
  assert.deepEqual(syncOrigins('http://[::1]:5984'), ['http://[::1]:5984']);
  assert.deepEqual(syncOrigins('http://localhost:5984'), ['http://localhost:5984']);
});

test('anything but scheme://host[:port] stops the build', () => {
  for (const bad of [
    'couch.example.com',
    'https://couch.example.com/',
    'https://couch.example.com/shop',
    'ftp://couch.example.com',
    'https://*.example.com',
    'https://couch.example.com:0',
    'https://couch.example.com:70000',
    'https://user@couch.example.com',
    "https://a.com; script-src 'unsafe-inline'",
    'https://a.com,,https://b.com',
    'https://a.com https://b.com',
    '*',
  ]) {
    assert.throws(() => syncOrigins(bad), /SERVICEBOOK_SYNC_ORIGIN/, bad);
  }
});
