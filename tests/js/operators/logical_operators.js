// && and || return one of their operands and short-circuit.
function t(tag, v) { console.log('eval', tag); return v; }
console.log(1 && 2, 0 && 2, '' || 'd', 'v' || 'd', null || undefined);
console.log(t('a', 0) && t('b', 1));
console.log(t('c', 1) || t('d', 1));
console.log(t('e', 1) && t('f', 0) || t('g', 'last'));
console.log(!!(NaN || 0 || ''), [] && 'arr', {} || 1);
