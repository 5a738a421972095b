// Exit: 1
// Calling undefined reports a TypeError with the call site.
const config = {};
config.start();
