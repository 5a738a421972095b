// private methods and accessors, instance and static
class Account {
  #balance = 0;
  #log = [];
  #record(kind, v) { this.#log.push(kind + ':' + v); }
  get #total() { return this.#balance; }
  set #total(v) { this.#record('set', v); this.#balance = v; }
  deposit(v) { this.#total = this.#total + v; return this; }
  static #fee = 2;
  static #applyFee(acc) { acc.#total = acc.#total - Account.#fee; }
  static charge(acc) { Account.#applyFee(acc); return acc.#total; }
  history() { return this.#log.join(' '); }
}
const acc = new Account().deposit(10).deposit(5);
console.log(Account.charge(acc), acc.history());
