// ?? keeps 0, false and empty strings; mixing with || needs parentheses
console.log(0 ?? 'd', false ?? 'd', '' ?? 'd', null ?? 'd', undefined ?? 'd');
console.log((null || undefined) ?? 'grouped', null ?? (0 || 'x'));
