// Prime sieve and multiplication table: nested loops over arrays.
const n = 60;
const sieve = [];
for (let i = 0; i <= n; i++) sieve.push(true);
sieve[0] = sieve[1] = false;
for (let i = 2; i * i <= n; i++) {
  if (!sieve[i]) continue;
  for (let j = i * i; j <= n; j += i) sieve[j] = false;
}
const primes = [];
for (let i = 0; i <= n; i++) if (sieve[i]) primes.push(i);
console.log(primes.join(' '));
for (let i = 1; i <= 4; i++) {
  let row = '';
  for (let j = 1; j <= 4; j++) row += (i * j) + '\t';
  console.log(row);
}
