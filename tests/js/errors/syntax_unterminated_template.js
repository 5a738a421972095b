// Exit: 1
// An unterminated template literal.
console.log('never');
const t = `starts here ${1}
and never ends
