// The builtin prototypes chain to Object.prototype, which ends the chain.
const protos = [Array.prototype, String.prototype, Number.prototype, Boolean.prototype,
  Function.prototype, Error.prototype, Symbol.prototype];
for (let i = 0; i < protos.length; i++) {
  console.log(i, Object.getPrototypeOf(protos[i]) === Object.prototype);
}
console.log(Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(Error) === Function.prototype);
console.log(Object.getPrototypeOf(Object.prototype));
