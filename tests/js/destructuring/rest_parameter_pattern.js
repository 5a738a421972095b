// rest parameters may be patterns: ...[a, b] and ...{length}
function arr(first, ...[a, b]) { return [first, a, b]; }
function len(...{length}) { return length; }
function nested(...[[x], {y}]) { return x + y; }
console.log(arr(1, 2, 3, 4), len(1, 2, 3), len(), nested([1], {y: 2}));
console.log(arr.length, len.length);
