// Exit: 1
// 'with' is a SyntaxError naming the feature (sloppy code; strict code forbids it anyway).
with ({a: 1}) { console.log(a); }
