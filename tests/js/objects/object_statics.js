// Guards the Object statics and Object.prototype methods on ordinary
// objects, arrays, strings and primitives: keys/values/entries order,
// assign (symbols, getters, null sources), fromEntries, prototypes,
// Object.is, hasOwn, and the TypeErrors for null/undefined.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>Object.keys({b:1,a:2,1:3,0:4}));
t(()=>Object.keys('abc'));
t(()=>Object.keys([1,,3]));
t(()=>Object.keys(5));
t(()=>Object.keys(null));
t(()=>Object.values({a:1,b:[2]}));
t(()=>Object.values('hi'));
t(()=>Object.entries({a:1,b:2}));
t(()=>Object.entries([7,8]));
t(()=>Object.assign({a:1},{b:2},null,undefined,'xy',{c:3}));
t(()=>Object.assign(null,{}));
t(()=>Object.assign(3,{a:1}));
t(()=>{const s=Symbol('s');return Object.assign({}, {[s]:1, x:2});});
t(()=>Object.fromEntries([['a',1],['b',2]]));
t(()=>Object.fromEntries(new Map([['x',1]])));
t(()=>Object.fromEntries([1]));
t(()=>Object.fromEntries(5));
t(()=>Object.getOwnPropertyNames({a:1,b:2}));
t(()=>Object.getOwnPropertyNames([1,2]));
t(()=>Object.getOwnPropertyNames('ab'));
t(()=>Object.getOwnPropertySymbols({[Symbol('q')]:1,a:2}));
t(()=>Object.getPrototypeOf([])===Array.prototype);
t(()=>Object.getPrototypeOf(1)===Number.prototype);
t(()=>Object.getPrototypeOf(null));
t(()=>Object.getPrototypeOf(Object.create(null)));
t(()=>{const o={};Object.setPrototypeOf(o,{z:1});return o.z;});
t(()=>Object.setPrototypeOf(1,null));
t(()=>Object.setPrototypeOf({},5));
t(()=>Object.setPrototypeOf(null,{}));
t(()=>{const a={};const b=Object.create(a);return Object.setPrototypeOf(a,b);});
t(()=>[Object.is(NaN,NaN),Object.is(0,-0),Object.is('a','a'),Object.is({}, {})]);
t(()=>[Object.hasOwn({a:1},'a'),Object.hasOwn({a:1},'b'),Object.hasOwn([1],0)]);
t(()=>Object.hasOwn(null,'a'));
t(()=>[({a:1}).hasOwnProperty('a'), ({}).hasOwnProperty('toString')]);
t(()=>[Object.prototype.isPrototypeOf.call(Array.prototype,[]), Object.prototype.isPrototypeOf.call(Array.prototype,1)]);
t(()=>[[1].propertyIsEnumerable(0),[1].propertyIsEnumerable('length')]);
t(()=>Object.prototype.toString.call({[Symbol.toStringTag]:'Foo'}));
t(()=>({}).toLocaleString());
t(()=>{const o={};return o.valueOf()===o;});
t(()=>Object.prototype.valueOf.call(null));
t(()=>typeof Object(1));
t(()=>Object.keys.length+' '+Object.assign.length+' '+Object.keys.name);
t(()=>Object.entries(Object.create({inh:1},{own:{value:2,enumerable:true}})));
t(()=>{const o={a:1}; Object.defineProperty(o,'h',{value:1,enumerable:false}); return [Object.keys(o),Object.getOwnPropertyNames(o)];});
t(()=>{const o={get g(){return 1}}; return Object.assign({},o);});
t(()=>Object.entries('ab'));
t(()=>Object.values(null));
t(()=>Object.create(5));
t(()=>Object.create(null,undefined));
t(()=>{class A{}; const a=new A; return Object.getPrototypeOf(a)===A.prototype;});
t(()=>{const o={}; o.__proto__ = Array.prototype; return Array.isArray(o)+' '+(o instanceof Array);});
