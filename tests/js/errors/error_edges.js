// Guards Error objects: cause, toString of errors and plain objects,
// Error.captureStackTrace (with a function to hide), the first stack line
// of subclasses and renamed errors, V8's messages for common TypeErrors
// and ReferenceErrors.
function t(f){try{console.log(f())}catch(e){console.log('THROW',e.name+': '+e.message)}}
t(()=>{const e=new Error('x',{cause:'c'}); return [e.cause, 'cause' in new Error('y'), Object.getOwnPropertyNames(e).sort()];});
t(()=>new Error('x',{cause:undefined}).hasOwnProperty('cause'));
t(()=>[String(new Error('m')), String(new TypeError()), Error.prototype.toString.call({name:'N',message:'M'}), Error.prototype.toString.call({}), Error.prototype.toString.call({name:'',message:'M'}), Error.prototype.toString.call({name:'N',message:''})]);
t(()=>Error.prototype.toString.call(1));
t(()=>[Error.stackTraceLimit, typeof Error.captureStackTrace]);
t(()=>{const o={}; Error.captureStackTrace(o); return typeof o.stack + ' ' + o.stack.split('\n')[0];});
t(()=>{Error.stackTraceLimit=0; const s=new Error('z').stack; Error.stackTraceLimit=10; return s;});
t(()=>{class MyErr extends Error{ constructor(m){super(m); this.name='MyErr';}}; const e=new MyErr('q'); return [String(e), e instanceof Error, e.stack.split('\n')[0]];});
t(()=>[new RangeError('r').name, EvalError.name, URIError.prototype.name, SyntaxError.prototype.message==='', Error('noNew').message]);
t(()=>{const e=new Error('x'); e.name='Custom'; return e.stack.split('\n')[0];});
t(()=>{ try { null.x } catch(e) { return e.message } });
t(()=>{ try { undefined.foo() } catch(e) { return e.message } });
t(()=>{ try { let o={}; o.f() } catch(e) { return e.message } });
t(()=>{ try { x_undefined } catch(e) { return e.message } });
t(()=>{ try { new (function(){}.bind())() ; return 'ok'} catch(e) { return e.message } });
t(()=>Object.prototype.toString.call(new TypeError));
t(()=>{function a(){b()} function b(){ const o={}; Error.captureStackTrace(o,b); throw o;} try{a()}catch(o){return o.stack.split('\n').length>1 && o.stack.split('\n')[1].trim().startsWith('at a')}});
t(()=>Error.prototype.message===''&&Error.prototype.name);
t(()=>new Error(undefined).hasOwnProperty('message'));
t(()=>new Error({toString(){return 'obj'}}).message);
