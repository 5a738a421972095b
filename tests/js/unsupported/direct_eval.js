// Exit: 1
// Direct eval is a SyntaxError naming the feature.
console.log(eval('1 + 1'));
