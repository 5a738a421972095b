// Exit: 1
// A subclass of Error with its own name.
class ConfigError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'ConfigError';
  }
}
function load() {
  throw new ConfigError('missing field "port"');
}
load();
