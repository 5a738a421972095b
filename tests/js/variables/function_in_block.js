// A function declared in a block is block scoped in strict code; in sloppy code
// it is also assigned to a function-level var when the block runs.
(function () {
  'use strict';
  {
    function inner() { return 'strict inner'; }
    console.log(inner());
  }
  console.log(typeof inner);
})();
(function () {
  console.log('before block', typeof sloppyInner);
  {
    function sloppyInner() { return 'sloppy inner'; }
  }
  console.log('after block', typeof sloppyInner, sloppyInner());
})();
