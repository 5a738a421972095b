// scheduler-class.js: the same kernel simulation as scheduler.js, written with
// ES2015 classes (class, extends, super, let/const). Its ES5 twin is
// scheduler.js; they compute the same result. Duktape and MuJS, ES5 engines,
// cannot parse this one, and the harness reports that.
// Covers: class instances, super constructor calls, polymorphic method calls.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

const ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
const KIND_DEVICE = 0, KIND_WORK = 1;
const DATA_SIZE = 4;

class Packet {
  constructor(link, owner, kind) {
    this.link = link;
    this.owner = owner;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = [];
    for (let i = 0; i < DATA_SIZE; i++) this.a2.push(0);
  }
  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    while (p.link !== null) p = p.link;
    p.link = this;
    return queue;
  }
}

class Task {
  constructor(kernel, id, priority, queue) {
    this.kernel = kernel;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.link = null;
    this.waiting = false;
    this.held = false;
  }
  isBlocked() {
    return this.held || (this.waiting && this.queue === null);
  }
  step() {
    let pkt = null;
    if (this.queue !== null) {
      pkt = this.queue;
      this.queue = pkt.link;
      pkt.link = null;
      this.waiting = false;
    }
    return this.run(pkt);
  }
}

class IdleTask extends Task {
  constructor(kernel, id, priority, count) {
    super(kernel, id, priority, null);
    this.count = count;
    this.seed = 1;
  }
  run(pkt) {
    this.count--;
    if (this.count === 0) return this.kernel.hold();
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      return this.kernel.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xD008;
    return this.kernel.release(ID_DEVICE_B);
  }
}

class WorkerTask extends Task {
  constructor(kernel, id, priority, queue) {
    super(kernel, id, priority, queue);
    this.destination = ID_HANDLER_A;
    this.letter = 0;
  }
  run(pkt) {
    if (pkt === null) return this.kernel.wait();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    pkt.owner = this.destination;
    pkt.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.letter++;
      if (this.letter > 26) this.letter = 1;
      pkt.a2[i] = this.letter;
    }
    return this.kernel.send(pkt);
  }
}

class HandlerTask extends Task {
  constructor(kernel, id, priority, queue, device) {
    super(kernel, id, priority, queue);
    this.device = device;
    this.workQueue = null;
    this.deviceQueue = null;
  }
  run(pkt) {
    if (pkt !== null) {
      if (pkt.kind === KIND_WORK) this.workQueue = pkt.appendTo(this.workQueue);
      else this.deviceQueue = pkt.appendTo(this.deviceQueue);
    }
    if (this.workQueue !== null) {
      const work = this.workQueue;
      const index = work.a1;
      if (index >= DATA_SIZE) {
        this.workQueue = work.link;
        return this.kernel.send(work);
      }
      if (this.deviceQueue !== null) {
        const dev = this.deviceQueue;
        this.deviceQueue = dev.link;
        dev.a1 = work.a2[index];
        work.a1 = index + 1;
        dev.owner = this.device;
        return this.kernel.send(dev);
      }
    }
    return this.kernel.wait();
  }
}

class DeviceTask extends Task {
  constructor(kernel, id, priority) {
    super(kernel, id, priority, null);
    this.pending = null;
    this.checksum = 0;
  }
  run(pkt) {
    if (pkt === null) {
      if (this.pending === null) return this.kernel.wait();
      const p = this.pending;
      this.pending = null;
      return this.kernel.send(p);
    }
    this.pending = pkt;
    this.checksum = (this.checksum * 31 + pkt.a1) % 1000003;
    return this.kernel.hold();
  }
}

class Kernel {
  constructor() {
    this.tasks = [null, null, null, null, null, null];
    this.list = null;
    this.current = null;
    this.queued = 0;
    this.holds = 0;
  }
  add(task) {
    this.tasks[task.id] = task;
    if (this.list === null || this.list.priority < task.priority) {
      task.link = this.list;
      this.list = task;
      return;
    }
    let t = this.list;
    while (t.link !== null && t.link.priority >= task.priority) t = t.link;
    task.link = t.link;
    t.link = task;
  }
  wait() {
    this.current.waiting = true;
    return this.current;
  }
  hold() {
    this.holds++;
    this.current.held = true;
    return this.current.link;
  }
  release(id) {
    const t = this.tasks[id];
    t.held = false;
    return t.priority > this.current.priority ? t : this.current;
  }
  send(pkt) {
    this.queued++;
    const target = this.tasks[pkt.owner];
    pkt.owner = this.current.id;
    target.queue = pkt.appendTo(target.queue);
    if (target.priority > this.current.priority && !target.held) return target;
    return this.current;
  }
  schedule() {
    let t = this.list;
    while (t !== null) {
      if (t.isBlocked()) {
        t = t.link;
      } else {
        this.current = t;
        t = t.step();
      }
    }
  }
}

function runOnce(count) {
  const k = new Kernel();
  k.add(new IdleTask(k, ID_IDLE, 0, count));
  let q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  k.add(new WorkerTask(k, ID_WORKER, 1000, q));
  q = null;
  for (let i = 0; i < 3; i++) q = new Packet(q, ID_HANDLER_A, KIND_DEVICE);
  k.add(new HandlerTask(k, ID_HANDLER_A, 2000, q, ID_DEVICE_A));
  q = null;
  for (let i = 0; i < 3; i++) q = new Packet(q, ID_HANDLER_B, KIND_DEVICE);
  k.add(new HandlerTask(k, ID_HANDLER_B, 3000, q, ID_DEVICE_B));
  const da = new DeviceTask(k, ID_DEVICE_A, 4000), db = new DeviceTask(k, ID_DEVICE_B, 5000);
  da.waiting = true;
  db.waiting = true;
  k.add(da);
  k.add(db);
  k.schedule();
  return [k.queued, k.holds, da.checksum, db.checksum];
}

function run(p) {
  let r = null, total = 0;
  for (let i = 0; i < p.iterations; i++) {
    r = runOnce(p.count);
    total = (total + r[0] + r[1]) % 1000000007;
  }
  return r.join(',') + ',' + total;
}

const SIZES = {
  quick: { iterations: 2, count: 20000, expect: '45374,18153,462580,347637,127054' },
  full: { iterations: 30, count: 20000, expect: '45374,18153,462580,347637,1905810' }
};
(function () {
  const p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'scheduler-class: OK ' + got : 'scheduler-class: FAIL expected ' + p.expect + ' got ' + got);
})();
