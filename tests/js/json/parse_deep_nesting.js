// Modes: default no-jit jit-eager ic-eager
// Reason: a million nested arrays under --gc-stress --verify-heap take minutes
// Guards JSON.parse's iterative parser: 1e6-deep arrays and 1e5-deep
// objects parse (no native stack overflow) as in node, and so does
// stringifying a deep (1e3) structure back.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>{const d=1e6; const s='['.repeat(d)+']'.repeat(d); const r=JSON.parse(s); let n=0,x=r; while(Array.isArray(x)&&x.length){x=x[0];n++} return n;});
t(()=>{const d=1e5; const s='{"a":'.repeat(d)+'1'+'}'.repeat(d); const r=JSON.parse(s); let n=0,x=r; while(typeof x==='object'){x=x.a;n++} return n;});
t(()=>{let x=[]; for(let i=0;i<1000;i++) x=[x]; const s=JSON.stringify(x); return s.length+' '+JSON.parse(s).length;});
