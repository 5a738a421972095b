// indexOf with and without a start position.
const s = 'abracadabra';
console.log(s.indexOf('a'), s.indexOf('bra'), s.indexOf('bra', 2), s.indexOf('x'));
console.log(s.indexOf(''), s.indexOf('', 5), s.indexOf('', 99), s.indexOf('a', -5));
console.log(s.indexOf('a', 100), s.indexOf('abracadabra'), s.indexOf('abracadabrax'));
console.log('a1b'.indexOf(1), 'undefined'.indexOf(), 'null'.indexOf(null));
