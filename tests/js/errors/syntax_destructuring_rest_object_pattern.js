// Exit: 1
// An object-pattern rest must be a plain reference: an object literal after
// `...` has V8's own message.
({...{a}} = {});
