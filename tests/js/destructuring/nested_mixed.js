// deeply nested mixed object/array patterns with defaults at every level
const data = {users: [{name: 'ann', tags: ['a', 'b']}, {name: 'bob'}]};
const {users: [{name: n1, tags: [t1, ...tRest] = []}, {name: n2, tags: [t2 = 'none'] = []}]} = data;
console.log(n1, t1, tRest, n2, t2);
const [{a: [{b: {c = 'cdef'} = {}} = {}] = []} = {}] = [];
console.log(c);
