// JSON string escaping: quotes, backslash, control characters, lone surrogates.
console.log(JSON.stringify('quote " backslash \\ slash /'));
console.log(JSON.stringify('\b\f\n\r\t\u0001\u001f\u007f'));
console.log(JSON.stringify('\u2028\u2029 \u00e9 \ud83d\ude00'));
console.log(JSON.stringify('\ud800'), JSON.stringify('\udc00x'));
console.log(JSON.stringify({ 'key "with" quotes': 'v', '\n': 'newline key' }));
