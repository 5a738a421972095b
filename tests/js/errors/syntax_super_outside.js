// Exit: 1
// super() outside a derived constructor.
function f() {
  super();
}
