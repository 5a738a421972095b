// static blocks run in order with fields, with this = the class
const log = [];
class C {
  static a = log.push('field a');
  static { log.push('block 1 ' + this.name); this.fromBlock = 42; }
  static b = log.push('field b');
  static { log.push('block 2'); }
}
console.log(log, C.fromBlock);
let secret;
class D { static #p = 'private'; static { secret = () => D.#p; } }
console.log(secret());
