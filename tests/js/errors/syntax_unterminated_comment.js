// Exit: 1
// An unterminated block comment.
console.log('never');
/* this comment
   never closes
