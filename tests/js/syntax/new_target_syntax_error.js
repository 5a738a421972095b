// new.target outside functions is a SyntaxError
// Exit: 1
// (in the CommonJS wrapper new.target is allowed at top level, so this uses an arrow in a class field)
class C { static f = () => 1; }
new.target.x;
