// optional chaining with calls, members and delete
const o = {a: {b: () => 'called', arr: [1]}, n: null};
console.log(o?.a?.b(), o.n?.x, o.n?.x.y.z, o.missing?.(), o.a?.arr?.[0], o.a.b?.());
console.log(delete o?.a?.arr, o.a);
const nothing = undefined;
console.log(nothing?.[1], nothing?.x());
