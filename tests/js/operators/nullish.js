// ?? only falls through on null and undefined.
function t(tag, v) { console.log('eval', tag); return v; }
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(t('a', 'x') ?? t('b', 'y'));
console.log(t('c', null) ?? t('d', 'y'));
console.log((null || undefined) ?? 'both nullish');
const o = { v: 0 };
console.log(o.v ?? 5, o.w ?? 5);
