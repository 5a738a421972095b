// Exit: 1
// continue to a label that does not exist.
for (let i = 0; i < 1; i++) {
  continue nowhere;
}
