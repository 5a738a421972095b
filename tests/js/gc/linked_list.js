// Flags: --expose-gc
// A linked list built, partly dropped and rebuilt across minor and full
// collections: every surviving node keeps its fields and links.
class Node {
  constructor(value, next) { this.value = value; this.next = next; }
}
let head = null;
for (let i = 0; i < 3000; i++) head = new Node(i, head);
gc({ type: 'minor' });
// Drop every other node.
for (let n = head; n && n.next; n = n.next) n.next = n.next.next;
gc();
let count = 0, sum = 0;
for (let n = head; n; n = n.next) { count++; sum += n.value; }
console.log(count, sum);
// Reverse in place, then grow again while old nodes are tenured.
let prev = null;
while (head) { const next = head.next; head.next = prev; prev = head; head = next; }
head = prev;
for (let i = 0; i < 800; i++) head = new Node(-i, head);
gc({ type: 'minor' });
gc({ type: 'minor' });
count = 0; sum = 0;
for (let n = head; n; n = n.next) { count++; sum += n.value; }
console.log(count, sum, head.value, head.next.value);
