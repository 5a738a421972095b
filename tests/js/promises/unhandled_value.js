// A non-Error rejection nobody handles: node's UnhandledPromiseRejection
// text quoting the reason, code ERR_UNHANDLED_REJECTION, exit status 1.
// Exit: 1
Promise.reject(42);
Promise.reject('second one is never reported');
