// Lucid's global print (d8 style): arguments converted with String, joined by
// spaces, then a newline. node has none; see node_differs.txt.
print('hello from print');
print(1, 'two', 3.5, true, null, undefined);
print([1, 2, 3], 'array via String');
print();
print(typeof print);
