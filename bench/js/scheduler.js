// scheduler.js: an OS kernel simulation, in the spirit of the classic
// Richards benchmark (our own implementation). Four kinds of task (idle,
// worker, handler, device) share one base "class"; the kernel's dispatch loop
// calls the polymorphic run() method, and the tasks trade packets through queues.
// Covers: OO simulation, polymorphic method calls, small object graphs.
// ES5 only. scheduler-class.js is the same program written with classes.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
var KIND_DEVICE = 0, KIND_WORK = 1;
var DATA_SIZE = 4;

function Packet(link, owner, kind) {
  this.link = link;
  this.owner = owner;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = [];
  for (var i = 0; i < DATA_SIZE; i++) this.a2.push(0);
}

// Appends this packet to the queue and returns the new head.
Packet.prototype.appendTo = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var p = queue;
  while (p.link !== null) p = p.link;
  p.link = this;
  return queue;
};

function inherit(Child, Parent) {
  function F() {}
  F.prototype = Parent.prototype;
  Child.prototype = new F();
  Child.prototype.constructor = Child;
}

function Task(kernel, id, priority, queue) {
  this.kernel = kernel;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.link = null;
  this.waiting = false;
  this.held = false;
}

Task.prototype.isBlocked = function () {
  return this.held || (this.waiting && this.queue === null);
};

Task.prototype.step = function () {
  var pkt = null;
  if (this.queue !== null) {
    pkt = this.queue;
    this.queue = pkt.link;
    pkt.link = null;
    this.waiting = false;
  }
  return this.run(pkt);
};

function IdleTask(kernel, id, priority, count) {
  Task.call(this, kernel, id, priority, null);
  this.count = count;
  this.seed = 1;
}
inherit(IdleTask, Task);
IdleTask.prototype.run = function (pkt) {
  this.count--;
  if (this.count === 0) return this.kernel.hold();
  if ((this.seed & 1) === 0) {
    this.seed = this.seed >> 1;
    return this.kernel.release(ID_DEVICE_A);
  }
  this.seed = (this.seed >> 1) ^ 0xD008;
  return this.kernel.release(ID_DEVICE_B);
};

function WorkerTask(kernel, id, priority, queue) {
  Task.call(this, kernel, id, priority, queue);
  this.destination = ID_HANDLER_A;
  this.letter = 0;
}
inherit(WorkerTask, Task);
WorkerTask.prototype.run = function (pkt) {
  if (pkt === null) return this.kernel.wait();
  this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  pkt.owner = this.destination;
  pkt.a1 = 0;
  for (var i = 0; i < DATA_SIZE; i++) {
    this.letter++;
    if (this.letter > 26) this.letter = 1;
    pkt.a2[i] = this.letter;
  }
  return this.kernel.send(pkt);
};

function HandlerTask(kernel, id, priority, queue, device) {
  Task.call(this, kernel, id, priority, queue);
  this.device = device;
  this.workQueue = null;
  this.deviceQueue = null;
}
inherit(HandlerTask, Task);
HandlerTask.prototype.run = function (pkt) {
  if (pkt !== null) {
    if (pkt.kind === KIND_WORK) this.workQueue = pkt.appendTo(this.workQueue);
    else this.deviceQueue = pkt.appendTo(this.deviceQueue);
  }
  if (this.workQueue !== null) {
    var work = this.workQueue;
    var index = work.a1;
    if (index >= DATA_SIZE) {
      this.workQueue = work.link;
      return this.kernel.send(work);   // back to the worker that sent it
    }
    if (this.deviceQueue !== null) {
      var dev = this.deviceQueue;
      this.deviceQueue = dev.link;
      dev.a1 = work.a2[index];
      work.a1 = index + 1;
      dev.owner = this.device;
      return this.kernel.send(dev);
    }
  }
  return this.kernel.wait();
};

function DeviceTask(kernel, id, priority) {
  Task.call(this, kernel, id, priority, null);
  this.pending = null;
  this.checksum = 0;
}
inherit(DeviceTask, Task);
DeviceTask.prototype.run = function (pkt) {
  if (pkt === null) {
    if (this.pending === null) return this.kernel.wait();
    var p = this.pending;
    this.pending = null;
    return this.kernel.send(p);        // back to the handler that sent it
  }
  this.pending = pkt;
  this.checksum = (this.checksum * 31 + pkt.a1) % 1000003;
  return this.kernel.hold();
};

function Kernel() {
  this.tasks = [null, null, null, null, null, null];
  this.list = null;
  this.current = null;
  this.queued = 0;
  this.holds = 0;
}

Kernel.prototype.add = function (task) {
  this.tasks[task.id] = task;
  // Keep the list sorted by descending priority.
  if (this.list === null || this.list.priority < task.priority) {
    task.link = this.list;
    this.list = task;
    return;
  }
  var t = this.list;
  while (t.link !== null && t.link.priority >= task.priority) t = t.link;
  task.link = t.link;
  t.link = task;
};

Kernel.prototype.wait = function () {
  this.current.waiting = true;
  return this.current;
};

Kernel.prototype.hold = function () {
  this.holds++;
  this.current.held = true;
  return this.current.link;
};

Kernel.prototype.release = function (id) {
  var t = this.tasks[id];
  t.held = false;
  return t.priority > this.current.priority ? t : this.current;
};

Kernel.prototype.send = function (pkt) {
  this.queued++;
  var target = this.tasks[pkt.owner];
  pkt.owner = this.current.id;
  target.queue = pkt.appendTo(target.queue);
  if (target.priority > this.current.priority && !target.held) return target;
  return this.current;
};

Kernel.prototype.schedule = function () {
  var t = this.list;
  while (t !== null) {
    if (t.isBlocked()) {
      t = t.link;
    } else {
      this.current = t;
      t = t.step();
    }
  }
};

function runOnce(count) {
  var k = new Kernel();
  k.add(new IdleTask(k, ID_IDLE, 0, count));
  var q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  k.add(new WorkerTask(k, ID_WORKER, 1000, q));
  q = null;
  for (var i = 0; i < 3; i++) q = new Packet(q, ID_HANDLER_A, KIND_DEVICE);
  k.add(new HandlerTask(k, ID_HANDLER_A, 2000, q, ID_DEVICE_A));
  q = null;
  for (i = 0; i < 3; i++) q = new Packet(q, ID_HANDLER_B, KIND_DEVICE);
  k.add(new HandlerTask(k, ID_HANDLER_B, 3000, q, ID_DEVICE_B));
  var da = new DeviceTask(k, ID_DEVICE_A, 4000), db = new DeviceTask(k, ID_DEVICE_B, 5000);
  da.waiting = true;
  db.waiting = true;
  k.add(da);
  k.add(db);
  k.schedule();
  return [k.queued, k.holds, da.checksum, db.checksum];
}

function run(p) {
  var r = null, total = 0;
  for (var i = 0; i < p.iterations; i++) {
    r = runOnce(p.count);
    total = (total + r[0] + r[1]) % 1000000007;
  }
  return r.join(',') + ',' + total;
}

var SIZES = {
  quick: { iterations: 2, count: 20000, expect: '45374,18153,462580,347637,127054' },
  full: { iterations: 30, count: 20000, expect: '45374,18153,462580,347637,1905810' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'scheduler: OK ' + got : 'scheduler: FAIL expected ' + p.expect + ' got ' + got);
})();
