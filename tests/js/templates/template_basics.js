// Template literals: substitutions, expressions, nesting, escapes.
const name = 'World';
const n = 3;
console.log(`Hello, ${name}!`, `${n} + ${n} = ${n + n}`, `${n > 2 ? 'big' : 'small'}`);
console.log(`nested ${`inner ${name.toUpperCase()}`} done`);
console.log(`\`backtick\` \${not a substitution} \u0041 \x42 \\`);
console.log(`${1}${2}${3}`, `${''}`.length, ``.length);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${-0} ${1e21}`);
