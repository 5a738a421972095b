// class fields and static blocks that destructure
const config = {host: 'h', port: 1};
class Server {
  static defaults;
  static { const {host, port} = config; Server.defaults = host + ':' + port; }
  parts = (({host, ...rest}) => [host, rest])(config);
}
console.log(Server.defaults, new Server().parts);
