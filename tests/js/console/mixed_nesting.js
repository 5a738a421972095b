// A realistic nested structure.
const config = {
  name: 'lucid',
  version: 1,
  features: ['shapes', 'ics', 'gc'],
  limits: { stack: 984, heap: { young: 16, old: 1024 } },
  enabled: true,
  handler: function onEvent() {},
  matrix: [[1, 2, 3], [4, 5, 6]],
};
console.log(config);
console.log([config.limits, config.features]);
