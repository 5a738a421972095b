// Exit: 1
// Generator declarations are not allowed as the body of an if statement.
if (true) function* g() {}
