// new Function / Function(...) need eval: a TypeError naming the feature.
try { new Function('return 1'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Function('a', 'return a'); } catch (e) { console.log(e.name + ': ' + e.message); }
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
try { new GeneratorFunction('yield 1'); } catch (e) { console.log(e.name + ': ' + e.message); }
