// Exit: 1
// Frames for methods and constructors show receiver type names as V8 does.
class Account {
  constructor(balance) {
    this.balance = balance;
  }
  withdraw(n) {
    if (n > this.balance) throw new RangeError('insufficient funds: ' + n);
    this.balance -= n;
  }
}
const acct = new Account(10);
acct.withdraw(5);
acct.withdraw(50);
