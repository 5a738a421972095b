// String.fromCharCode builds strings from code units (ToUint16 each argument).
console.log(String.fromCharCode(72, 105));
console.log(String.fromCharCode(), String.fromCharCode().length);
console.log(String.fromCharCode(65 + 65536), String.fromCharCode(-1).charCodeAt(0));
console.log(String.fromCharCode('66', 67.9));
const pair = String.fromCharCode(0xd83d, 0xde00);
console.log(pair.length, pair === '\ud83d\ude00');
let abc = '';
for (let c = 97; c < 97 + 26; c++) abc += String.fromCharCode(c);
console.log(abc);
