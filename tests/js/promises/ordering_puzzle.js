// Ordering puzzle mixing then, queueMicrotask, await and nested thens,
// compared line by line with node.
console.log('script start');
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
}
queueMicrotask(() => console.log('microtask 1'));
async1();
new Promise((resolve) => {
  console.log('promise1');
  resolve();
}).then(() => {
  console.log('promise2');
  queueMicrotask(() => console.log('microtask nested'));
}).then(() => console.log('promise3'));
Promise.resolve().then(() => {
  console.log('then A');
  Promise.resolve().then(() => console.log('then A inner'));
}).then(() => console.log('then B'));
console.log('script end');
