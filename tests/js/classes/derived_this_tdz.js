// In a derived constructor, this is unavailable until super() returns.
class Base { constructor() { this.base = true; } }
const cases = {
  beforeSuper: class extends Base { constructor() { this.x = 1; super(); } },
  noSuper: class extends Base { constructor() {} },
  superTwice: class extends Base { constructor() { super(); super(); } },
  arrowBefore: class extends Base { constructor() { const f = () => this; f(); super(); } },
  returnsPrimitive: class extends Base { constructor() { super(); return 1; } },
  returnsObject: class extends Base { constructor() { return { replaced: true }; } },
  returnsUndefinedAfterSuper: class extends Base { constructor() { super(); return undefined; } },
  arrowCallsSuper: class extends Base { constructor() { const init = () => super(); init(); this.viaArrow = true; } },
};
const names = Object.keys(cases);
for (let i = 0; i < names.length; i++) {
  try {
    const o = new cases[names[i]]();
    console.log(names[i], 'ok', o);
  } catch (e) {
    console.log(names[i], e.name + ': ' + e.message);
  }
}
