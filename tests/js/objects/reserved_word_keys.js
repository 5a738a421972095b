// Reserved words are valid property names after a dot and in literals.
const o = {
  if: 1, else: 2, for: 3, while: 4, class: 5, function: 6, return: 7, new: 8,
  delete: 9, typeof: 10, var: 11, let: 12, const: 13, this: 14, null: 15, true: 16,
  default: 17, import: 18, super: 19, in: 20, instanceof: 21, catch: 22,
};
console.log(o.if + o.else + o.for + o.while + o.class + o.function + o.return);
console.log(o.new, o.delete, o.typeof, o.var, o.let, o.const, o.this, o.null, o.true);
console.log(o.default, o.import, o.super, o.in, o.instanceof, o.catch);
o.try = 'try';
o.finally = o.try + 'finally';
console.log(o.finally, o['class'], Object.keys(o).length);
const m = { delete() { return 'delete method'; }, get class() { return 'class getter'; } };
console.log(m.delete(), m.class);
