// Exit: 1
// An invalid Unicode escape in a string.
const s = '\u{zzzz}';
