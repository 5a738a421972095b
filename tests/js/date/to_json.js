// toJSON and JSON.stringify of dates: ISO strings, null for invalid dates,
// and the generic toJSON on other objects.
console.log(JSON.stringify(new Date(Date.UTC(2024, 4, 5, 6, 7, 8, 9))));
console.log(JSON.stringify({ when: new Date(0), bad: new Date(NaN) }));
console.log(new Date(NaN).toJSON(), new Date(0).toJSON());
console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom'; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return 'x'; } }));
try { Date.prototype.toJSON.call({ toISOString: 5 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Date.prototype.toJSON.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Date.prototype.toJSON.length);
