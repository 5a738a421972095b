// for await over an async generator, for await inside one (over a sync
// iterable and another async generator), and an early break that calls
// return() so the generator's finally block runs.
async function* count(n) {
  try {
    for (let i = 0; i < n; i++) yield i;
  } finally {
    console.log('count finally', n);
  }
}

async function* doubled(source) {
  for await (const v of source) yield v * 2;
  for await (const v of [Promise.resolve(10), 20]) yield v;
}

async function main() {
  for await (const v of count(3)) console.log('v', v);
  for await (const v of doubled(count(2))) console.log('d', v);
  for await (const v of count(5)) {
    console.log('early', v);
    if (v === 1) break;
  }
  const collected = [];
  for await (const v of doubled(count(4))) collected.push(v);
  console.log(collected);
}
main().then(() => console.log('done'));
