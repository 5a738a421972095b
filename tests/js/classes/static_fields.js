// static fields and initializers that construct the class itself
class Registry {
  static instances = [];
  static default = new Registry('default');
  static count = Registry.instances.length;
  static self = this;
  constructor(name) { this.name = name; Registry.instances.push(this); }
}
console.log(Registry.default.name, Registry.count, Registry.self === Registry, Registry.instances.length);
