// anonymous functions as pattern defaults get the binding name
const {f = function () {}, g = () => {}, h = class {}} = {};
const [i = function () {}] = [];
console.log(f.name, g.name, h.name, i.name);
