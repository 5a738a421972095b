// Guards JSON.parse (reviver order and deletion, __proto__ as a plain key,
// duplicate keys, V8's SyntaxError messages for each kind of bad input,
// and
// JSON.stringify (indent strings and numbers, replacer functions and
// arrays, toJSON, cycles with V8's path message, boxed primitives).
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n"}'));
t(()=>JSON.parse('[1,2]',(k,v)=>typeof v==='number'?v*2:v));
t(()=>JSON.parse('{"a":1,"b":{"c":2}}',function(k,v){ if(k==='c') return undefined; return v;}));
t(()=>{const log=[]; JSON.parse('{"a":[1,{"b":2}],"c":3}',function(k,v){log.push(k+':'+JSON.stringify(v)); return v;}); return log.join(' ');});
t(()=>JSON.parse('{"__proto__":1}').__proto__);
t(()=>JSON.parse(' 1e3 '));
t(()=>JSON.parse('-0'));
t(()=>JSON.parse('{"a":1,"a":2}'));
t(()=>JSON.parse(''));
t(()=>JSON.parse('{'));
t(()=>JSON.parse('[1,]'));
t(()=>JSON.parse('{"a" 1}'));
t(()=>JSON.parse('01'));
t(()=>JSON.parse('"abc'));
t(()=>JSON.parse('tru'));
t(()=>JSON.parse("'a'"));
t(()=>JSON.parse('"\t"'));
t(()=>JSON.parse('[1] x'));
t(()=>JSON.parse(undefined));
t(()=>JSON.parse('{"a":1}x'));
t(()=>JSON.parse('"\\x"'));
t(()=>JSON.parse('1.'));
t(()=>JSON.parse('-'));
t(()=>JSON.stringify({a:[1,{b:2}],c:'x'},null,2));
t(()=>JSON.stringify({a:1,b:[1,2]},null,'--'));
t(()=>JSON.stringify({a:1,b:2,c:{a:3,d:4}},['a','c']));
t(()=>JSON.stringify({a:1,b:'x'},(k,v)=>typeof v==='number'?v+1:v));
t(()=>JSON.stringify({toJSON(k){return 'K'+k}}));
t(()=>JSON.stringify({d:new Date(0)}));
t(()=>{const o={a:{}}; o.a.b=o; return JSON.stringify(o);});
t(()=>{const o=[]; o.push(o); return JSON.stringify(o);});
t(()=>{class Foo{constructor(){this.self={x:[this]}}}; return JSON.stringify(new Foo);});
t(()=>JSON.stringify([undefined,function(){},Symbol()]));
t(()=>JSON.stringify({u:undefined,f(){},s:Symbol(),n:null,nan:NaN,inf:-Infinity}));
t(()=>JSON.stringify(undefined));
t(()=>JSON.stringify('\u2028\ud800"\\\b\x01'));
t(()=>JSON.stringify({a:1},null,20));
t(()=>JSON.stringify([[]],null,2)+JSON.stringify({},null,2)+JSON.stringify([{}],null,1));
t(()=>JSON.stringify(new Map([[1,2]])));
t(()=>JSON.stringify([new Number(3), new String('s'), new Boolean(false)]));
t(()=>JSON.stringify({a:1},null,new Number(3)));
t(()=>JSON.stringify({1:1,a:2},[1]));
t(()=>JSON[Symbol.toStringTag]);
