// __filename and __dirname are absolute (the runner strips the test directory,
// so the basename and an empty directory remain after normalization).
console.log(__filename.split('/').pop());
console.log(__filename.indexOf(__dirname) === 0, __filename.length > __dirname.length);
console.log(__filename.charAt(0) === '/');
