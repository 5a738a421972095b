// description is the string given, undefined when none, converted with ToString
console.log(Symbol('d').description, Symbol().description, Symbol('').description, Symbol(42).description);
console.log(Symbol(undefined).description, Symbol(null).description, Symbol({toString() { return 'obj'; }}).description);
console.log(String(Symbol('s')), Symbol('s').toString(), Object(Symbol('w')).description);
