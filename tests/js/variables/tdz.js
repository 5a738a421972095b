// Reading or writing a let/const/class binding before its declaration throws.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
attempt('read let', () => { console.log(a); let a = 1; });
attempt('write let', () => { b = 2; let b; });
attempt('read const', () => { console.log(c); const c = 3; });
attempt('class', () => { new K(); class K {} });
attempt('self init', () => { let d = d + 1; });
attempt('typeof', () => { typeof e; let e; });
// A closure that runs after initialization is fine.
attempt('closure after', () => { const get = () => f; let f = 'ok'; console.log(get()); });
attempt('closure before', () => { const get = () => g; get(); let g = 'late'; });
attempt('switch case', () => {
  switch (1) {
    case 0: let h = 1;
    case 1: h = 2;
  }
});
