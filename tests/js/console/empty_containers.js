// Empty containers and containers of empty containers.
console.log([], {}, [[]], [{}], { a: [] }, { a: {} });
console.log([[], [], []], { x: {}, y: [] });
