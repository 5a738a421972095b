// Exit: 1
// break outside any loop or switch.
function f() {
  break;
}
