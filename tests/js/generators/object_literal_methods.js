// Generator methods in object literals, including computed and symbol keys.
const key = 'dyn';
const o = {
  *plain() { yield 'plain'; },
  *[key + 'amic']() { yield 'computed'; },
  *[Symbol.iterator]() { yield* this.plain(); yield* this.dynamic(); },
  *'quoted name'() { yield 'quoted'; },
  *42() { yield 'numeric'; },
};
console.log([...o]);
console.log([...o['quoted name']()], [...o[42]()]);
console.log(o.plain.name, o.dynamic.name, o[Symbol.iterator].name);
console.log(Object.keys(o));
const gen = function* named() { yield named.name; };
console.log([...gen()]);
const anon = function* () {};
console.log(anon.name);
