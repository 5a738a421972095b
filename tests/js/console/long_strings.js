// Long strings in arrays stay on one line each; long arrays of strings break lines.
const long = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz';
console.log([long]);
const items = [];
for (let i = 0; i < 8; i++) items.push('item number ' + i);
console.log(items);
console.log({ text: 'a fairly long string value that goes past the seventy-two column budget' });
