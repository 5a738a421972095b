// -0 keeps its sign inside containers and in multiple arguments.
console.log(-0, [-0], { z: -0 }, [0, -0, +0]);
console.log(0 * -1, [0 * -1]);
