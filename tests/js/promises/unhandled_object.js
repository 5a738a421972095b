// node quotes an object reason the V8 way: #<Ctor> for plain instances.
// Exit: 1
class Failure { constructor() { this.code = 7; } }
new Promise((_, reject) => reject(new Failure()));
