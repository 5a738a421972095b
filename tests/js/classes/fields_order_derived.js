// derived-class fields are defined after super() returns
class Base { constructor() { console.log('base sees', this.derivedField); this.baseField = 1; } }
class Derived extends Base { derivedField = this.baseField + 1; constructor() { super(); console.log('derived sees', this.derivedField); } }
new Derived();
