// Class declarations are not hoisted like functions: they are in TDZ until evaluated.
try {
  new Early();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Early {}
console.log(typeof Early);
function useLater() { return new Later(); }
class Later { constructor() { this.ok = true; } }
console.log(useLater().ok);
