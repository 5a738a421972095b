// for-in heads with patterns destructure the key string
for (const [first, ...rest] in {abc: 1, de: 2}) console.log(first, rest);
for (const {length} in {four: 1, three: 1}) console.log(length);
