// Exit: 1
// const needs an initializer.
const c;
