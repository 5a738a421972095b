// Property lookup walks the prototype chain; writes create own properties.
const grand = { level: 'grand', g: 1 };
const parent = Object.create(grand);
parent.level = 'parent';
parent.p = 2;
const child = Object.create(parent);
child.c = 3;
console.log(child.level, child.g, child.p, child.c);
child.level = 'child';
console.log(child.level, parent.level, grand.level);
delete child.level;
console.log(child.level);
grand.added = 'late';
console.log(child.added);
const keys = [];
for (const k in child) keys.push(k);
console.log(keys.join(','));
