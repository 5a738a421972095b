// fs on libuv's thread pool: readFile/writeFile/unlink with callbacks, their
// Sync forms, encodings, and node's error objects (code, errno, syscall,
// path; message "ENOENT: no such file or directory, open 'x'").
// Without an encoding readFile gives Lucid's Buffer stand-in: an array of
// byte values with toString(encoding).
const fs = require('fs');
// One file per process: the runner runs several modes of a test at once.
const file = 'fs_files.' + process.pid + '.tmp.txt';
const named = (text) => String(text).split(file).join('FILE');
fs.writeFileSync(file, 'héllo\n');
console.log(fs.existsSync(file), fs.readFileSync(file, 'utf8'));
const bytes = fs.readFileSync(file);
console.log(bytes.length, bytes[0], bytes[1], bytes.toString(), bytes.toString('hex'), bytes.toString('base64'));
fs.writeFileSync(file, 'more\n', { flag: 'a' });
console.log(JSON.stringify(fs.readFileSync(file, { encoding: 'utf8' })));
try { fs.readFileSync('no_such_file.txt'); } catch (e) {
  console.log(e.name, e.message, e.code, e.errno, e.syscall, e.path, Object.keys(e));
}
try { fs.readFileSync('.'); } catch (e) { console.log(e.message, e.code, e.path); }
try { fs.readFileSync(file, 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.readFileSync(); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.writeFileSync(file, 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.readFile(file); } catch (e) { console.log(e.name, e.code, e.message); }
fs.writeFile(file, 'async text', (err) => {
  console.log('writeFile done', err);
  fs.readFile(file, 'utf8', (err, text) => {
    console.log('readFile', err, text);
    fs.readFile(file, (err, data) => {
      console.log('bytes', data.length, data.toString('latin1'));
      fs.unlink(file, (err) => {
        console.log('unlink', err, fs.existsSync(file));
        fs.readFile(file, (err, data) => {
          console.log(named(err.message), err.code, err.errno, err.syscall, data);
          fs.unlink(file, (err) => console.log(named(err.message)));
        });
      });
    });
  });
});
console.log('sync part done');
