// Exit: 1
// A BigInt literal is a SyntaxError naming the feature.
const big = 12345678901234567890n;
