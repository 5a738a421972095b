// Guards Function objects: name and length of every kind of function
// (symbol-keyed, accessors, computed), call/apply with array-likes and
// null, bind's name/length/new, property descriptors, the lengths of
// Function.prototype's methods.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
function foo(a, b = 2, ...c) { return a; }
t(()=>[foo.name, foo.length]);
t(()=>foo.toString());
t(()=>String(function   (x,y)  { return x+y /* c */ }));
t(()=>((a,b)=>a+b).toString());
t(()=>(async function af(){}).toString());
t(()=>(function*gen(){yield 1}).toString());
t(()=>{class K { m(x){ return x; } static s(){} get g(){return 1} }; return [K.toString(), K.prototype.m.toString(), K.s.toString(), Object.getOwnPropertyDescriptor(K.prototype,'g').get.toString()];});
t(()=>({ m(){ return 1 } }).m.toString());
t(()=>Math.max.toString());
t(()=>Function.prototype.toString());
t(()=>Function.prototype.toString.call({}));
t(()=>[(function(){}).name, (()=>{}).name, ({a(){}}).a.name, ({['x'+1]:()=>{}}).x1.name]);
t(()=>{const f=function(){}; const g=()=>{}; return [f.name,g.name];});
t(()=>{let s=Symbol('desc'); const o={[s](){}}; return o[s].name;});
t(()=>{const o={get x(){return 1}, set x(v){}}; const d=Object.getOwnPropertyDescriptor(o,'x'); return [d.get.name,d.set.name];});
t(()=>[(function(a,b){}).length, (function(a,b=1,c){}).length, (function(...r){}).length, ((a,{b},[c])=>0).length]);
function add(a,b){ return this.base + a + b; }
t(()=>add.call({base:1},2,3));
t(()=>add.apply({base:1},[2,3]));
t(()=>add.apply({base:1},{length:2,0:5,1:6}));
t(()=>add.apply({base:1},null));
t(()=>add.apply({base:1},5));
t(()=>{const b=add.bind({base:10},1); return [b(2), b.name, b.length, b.hasOwnProperty('prototype')];});
t(()=>{const b=add.bind(null).bind(null); return [b.name, b.length];});
t(()=>{const b=add.bind(null,1,2,3); return b.length;});
t(()=>{function F(x){this.x=x}; const B=F.bind({ignored:1},7); const o=new B(); return [o.x, o instanceof F, o instanceof B];});
t(()=>{const f=function(){}; Object.defineProperty(f,'name',{value:42}); return f.bind().name;});
t(()=>{const f=function(){}; Object.defineProperty(f,'length',{value:-5}); return f.bind().length;});
t(()=>{const f=function(){}; Object.defineProperty(f,'length',{value:Infinity}); return f.bind(null,1).length;});
t(()=>{const f=function(){}; Object.defineProperty(f,'length',{value:2.7}); return f.bind().length;});
t(()=>Function.prototype.call.call(5));
t(()=>Function.prototype.bind.call(5));
t(()=>add.bind(null,1).toString());
t(()=>[Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length, Function.length, Function.prototype.length, Function.prototype.name===''] );
t(()=>Object.getOwnPropertyNames(()=>1).sort());
t(()=>typeof Function.prototype);
t(()=>Function.prototype[Symbol.hasInstance].call(Array, []));
t(()=>{const f=function named(){}; f.name='x'; return f.name;});
t(()=>{const d=Object.getOwnPropertyDescriptor(function q(){},'name'); return [d.writable,d.enumerable,d.configurable];});
t(()=>{const d=Object.getOwnPropertyDescriptor(function q(a){},'length'); return [d.value,d.writable,d.enumerable,d.configurable];});
t(()=>{const d=Object.getOwnPropertyDescriptor(function q(a){},'prototype'); return [d.writable,d.enumerable,d.configurable];});
