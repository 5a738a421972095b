// Exit: 1
// A private name used outside any class: the caret is under the `.`.
const o = {};
o.#x;
