// a class may have only one constructor
// Exit: 1
class A { constructor() {} constructor() {} }
