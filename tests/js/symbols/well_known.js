// the well-known symbols exist, are shared and print as Symbol(Symbol.x)
for (const name of ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'species', 'isConcatSpreadable', 'unscopables']) {
  console.log(name, typeof Symbol[name], String(Symbol[name]), Symbol.keyFor(Symbol[name]));
}
