// parseFloat: longest valid decimal prefix, Infinity, no hex.
const cases = ['3.14', '  3.14abc', '-.5', '+.5e2', '1e', '1e+', '1e-2x', '0x10', 'Infinity', '-Infinity',
  'Infinityx', 'infinity', '', '.', '-', '1.2.3', '  \n 7', '00012.50', '1_000', '5e-324', '1e400'];
for (let i = 0; i < cases.length; i++) console.log(JSON.stringify(cases[i]), parseFloat(cases[i]));
console.log(parseFloat(null), parseFloat([1.5, 2]), parseFloat({ toString() { return '2.5'; } }));
console.log(1 / parseFloat('-0'));
