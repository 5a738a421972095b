// Symbol.toPrimitive receives the hint and wins over valueOf/toString
const money = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default'; }, valueOf() { return 0; } };
console.log(+money, `${money}`, money + '', money * 2, String(money), money == 'default');
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { console.log(e.name + ': ' + e.message); }
const notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { console.log(e.name); }
