// arrow functions in fields capture the instance
class Btn { label = 'ok'; onClick = () => this.label; handler = function () { return this; }; }
const b = new Btn();
const { onClick, handler } = b;
console.log(onClick(), handler() === undefined);
