// Accessor properties print as [Getter], [Setter] or [Getter/Setter] without running them.
const o = {
  get g() { throw new Error('must not run'); },
  set s(v) {},
  get gs() { return 1; },
  set gs(v) {},
  plain: 1,
};
console.log(o);
