// A field that held only int32s (smi) receiving a double deprecates the
// shape: the new shape is built from the root, old instances migrate when
// next touched.
function Box(v) {
  this.v = v;
}
const first = new Box(1);
const second = new Box(1.5);   // smi -> double: new shape, old one deprecated
first.v = 2;                   // touching `first` migrates it
const third = new Box('s');    // double -> tagged: in place
console.log(first.v, second.v, third.v);
