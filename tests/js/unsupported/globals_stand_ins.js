// Unsupported builtins (docs/language.md) exist as stand-ins: calling or
// constructing one is a TypeError naming the feature, never a ReferenceError or a crash.
for (const name of ['Proxy', 'BigInt', 'RegExp', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
                    'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
                    'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
                    'BigUint64Array']) {
  try { new globalThis[name](); } catch (e) { console.log(e.name + ': ' + e.message); }
}
