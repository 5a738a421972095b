// break and continue run the finally blocks they leave.
const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    log.push('body ' + i);
  } finally {
    log.push('finally ' + i);
  }
}
console.log(log.join(', '));
const log2 = [];
outer: for (let i = 0; i < 2; i++) {
  try {
    for (let j = 0; j < 2; j++) {
      try {
        if (j === 1) continue outer;
      } finally {
        log2.push('inner ' + i + j);
      }
    }
  } finally {
    log2.push('outer ' + i);
  }
}
console.log(log2.join(', '));
