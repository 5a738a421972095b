// ?? mixed with || without parentheses is a SyntaxError
// Exit: 1
const v = null ?? 0 || 1;
