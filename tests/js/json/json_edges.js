// Guards more JSON edge cases: replacer arrays with numbers, duplicates and
// boxed strings, long indent strings cut to 10, holes, getters and symbol
// keys, toJSON's key argument, lone surrogates, a reviver that edits its
// holder, and the SyntaxError text for many malformed inputs.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>JSON.stringify({b:1,a:2,c:3},['c','a','c',1,new String('b'),{}]));
t(()=>JSON.stringify({a:1},null,'abcdefghijklmnop'));
t(()=>JSON.stringify([1,[2,[3]]],null,'\t'));
t(()=>JSON.stringify({a:[,1,,]}));
t(()=>JSON.stringify({get g(){return 5},[Symbol('s')]:1}));
t(()=>JSON.stringify({d:{toJSON(k){return k+'!'}}}));
t(()=>JSON.stringify([{toJSON(k){return typeof k+k}}]));
t(()=>JSON.stringify({a:1,b:2},function(k,v){return k==='' ? v : (k==='a'? undefined : v*10)}));
t(()=>JSON.stringify('\u007f\u0000\ud83d\ude00\udead'));
t(()=>JSON.stringify({a:new Date(NaN)}));
t(()=>JSON.stringify(Object.create({inh:1},{own:{value:1,enumerable:true}})));
t(()=>JSON.stringify([NaN,-0,1e21,1e-7]));
t(()=>JSON.stringify({a:{toJSON(){throw new Error('inner')}}}));
t(()=>{const a=[]; const o={a}; a.push({o}); return JSON.stringify(o);});
t(()=>JSON.stringify({key:'v'},null,-1));
t(()=>JSON.stringify({key:'v'},null,1.9));
t(()=>JSON.stringify({key:'v'},null,''));
t(()=>JSON.parse('[1,2,3]',function(k,v){ if(k==='1') this[2]='changed'; return v;}));
t(()=>JSON.parse('{"a":{"b":1}}',function(k,v){ return k==='a' ? [v] : v;}));
t(()=>JSON.parse('"\\ud83d\\ude00"').length);
t(()=>JSON.parse('  [\n1\t,\r2 ]  '));
t(()=>JSON.parse('1e309'));
t(()=>JSON.parse('-0.0e-0'));
t(()=>JSON.parse('{"":""}'));
t(()=>JSON.parse('[1,2'));
t(()=>JSON.parse('{"a":1,}'));
t(()=>JSON.parse('"\\u12g4"'));
t(()=>JSON.parse('1e'));
t(()=>JSON.parse('nul'));
t(()=>JSON.parse('{"a":truee}'));
t(()=>JSON.parse('[1] [2]'));
t(()=>JSON.parse('\u00a01'));
t(()=>JSON.parse('"a very long string that is not terminated and goes on for a while'));
t(()=>JSON.parse('{"a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, x]}'));
t(()=>JSON.parse(null));
t(()=>JSON.parse({}));
t(()=>JSON.parse(123));
