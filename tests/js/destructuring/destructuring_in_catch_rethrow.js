// a throw from a catch-clause pattern propagates to the outer handler
try {
  try { throw null; } catch ({message}) { console.log('unreachable'); }
} catch (e) { console.log(e.name, e.message.startsWith('Cannot destructure')); }
