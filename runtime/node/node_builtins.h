// Copyright the Lucid authors. MIT license.
// NODE_BUILTIN_LIST: the builtins of Lucid's node-style host (timers,
// process, fs, crypto, perf_hooks; runtime/event_loop.cc and runtime/node/),
// appended to BUILTIN_LIST (runtime/builtins.h). docs/runtime.md "The event
// loop" describes them.

#ifndef LUCID_RUNTIME_NODE_NODE_BUILTINS_H_
#define LUCID_RUNTIME_NODE_NODE_BUILTINS_H_

// V(Name, "js name", length, kind) -- as BUILTIN_LIST.
#define NODE_BUILTIN_LIST(V)                                                   \
  /* Timers (runtime/event_loop.cc) */                                         \
  V(SetTimeout, "setTimeout", 2, kFunction)                                    \
  V(SetInterval, "setInterval", 2, kFunction)                                  \
  V(SetImmediate, "setImmediate", 1, kFunction)                                \
  V(ClearTimeout, "clearTimeout", 1, kFunction)                                \
  V(ClearInterval, "clearInterval", 1, kFunction)                              \
  V(ClearImmediate, "clearImmediate", 1, kFunction)                            \
  V(TimeoutRef, "ref", 0, kFunction)                                           \
  V(TimeoutUnref, "unref", 0, kFunction)                                       \
  V(TimeoutHasRef, "hasRef", 0, kFunction)                                     \
  V(TimeoutRefresh, "refresh", 0, kFunction)                                   \
  V(TimeoutClose, "close", 0, kFunction)                                       \
  V(TimeoutToPrimitive, "[Symbol.toPrimitive]", 0, kFunction)                  \
  V(ImmediateRef, "ref", 0, kFunction)                                         \
  V(ImmediateUnref, "unref", 0, kFunction)                                     \
  V(ImmediateHasRef, "hasRef", 0, kFunction)                                   \
  /* process (runtime/node/process.cc) */                                      \
  V(ProcessNextTick, "nextTick", 1, kFunction)                                 \
  V(ProcessExit, "exit", 1, kFunction)                                         \
  V(ProcessOn, "on", 2, kFunction)                                             \
  V(ProcessOnce, "once", 2, kFunction)                                         \
  V(ProcessRemoveListener, "removeListener", 2, kFunction)                     \
  V(ProcessEmit, "emit", 1, kFunction)                                         \
  V(ProcessListenerCount, "listenerCount", 1, kFunction)                       \
  V(ProcessHrtime, "hrtime", 1, kFunction)                                     \
  V(ProcessHrtimeBigint, "bigint", 0, kFunction)                               \
  V(ProcessMemoryUsage, "memoryUsage", 0, kFunction)                           \
  V(ProcessCwd, "cwd", 0, kFunction)                                           \
  V(ProcessUptime, "uptime", 0, kFunction)                                     \
  V(ProcessStdoutWrite, "write", 1, kFunction)                                 \
  V(ProcessStderrWrite, "write", 1, kFunction)                                 \
  /* fs (runtime/node/fs.cc) */                                                \
  V(FsReadFile, "readFile", 3, kFunction)                                      \
  V(FsWriteFile, "writeFile", 4, kFunction)                                    \
  V(FsUnlink, "unlink", 2, kFunction)                                          \
  V(FsReadFileSync, "readFileSync", 2, kFunction)                              \
  V(FsWriteFileSync, "writeFileSync", 3, kFunction)                            \
  V(FsExistsSync, "existsSync", 1, kFunction)                                  \
  V(FsUnlinkSync, "unlinkSync", 1, kFunction)                                  \
  V(FsPromisesReadFile, "readFile", 2, kFunction)                              \
  V(FsPromisesWriteFile, "writeFile", 3, kFunction)                            \
  V(FsPromisesUnlink, "unlink", 1, kFunction)                                  \
  V(BytesToString, "toString", 0, kFunction)                                   \
  /* crypto */                                                                 \
  V(CryptoRandomBytes, "randomBytes", 2, kFunction)                            \
  /* v8 (runtime/node/v8_module.cc) */                                         \
  V(V8GetHeapStatistics, "getHeapStatistics", 0, kFunction)                    \
  V(V8GetHeapSpaceStatistics, "getHeapSpaceStatistics", 0, kFunction)          \
  V(V8GetGCStatistics, "getGCStatistics", 0, kFunction)                        \
  /* perf_hooks (runtime/node/perf_hooks.cc) */                                \
  V(PerformanceNow, "now", 0, kFunction)                                       \
  V(PerformanceEventLoopUtilization, "eventLoopUtilization", 2, kFunction)     \
  V(MonitorEventLoopDelay, "monitorEventLoopDelay", 1, kFunction)              \
  V(HistogramEnable, "enable", 0, kFunction)                                   \
  V(HistogramDisable, "disable", 0, kFunction)                                 \
  V(HistogramReset, "reset", 0, kFunction)                                     \
  V(HistogramPercentile, "percentile", 1, kFunction)                           \
  V(HistogramCount, "get count", 0, kFunction)                                 \
  V(HistogramMin, "get min", 0, kFunction)                                     \
  V(HistogramMax, "get max", 0, kFunction)                                     \
  V(HistogramMean, "get mean", 0, kFunction)                                   \
  V(HistogramStddev, "get stddev", 0, kFunction)                               \
  V(HistogramExceeds, "get exceeds", 0, kFunction)                             \
  V(HistogramPercentiles, "get percentiles", 0, kFunction)

#endif  // LUCID_RUNTIME_NODE_NODE_BUILTINS_H_
