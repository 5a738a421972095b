// Copyright the Lucid authors. MIT license.

#include "parser/stack_limit.h"

#include <pthread.h>

namespace lucid {

uintptr_t StackLimit::ForCurrentThread(size_t headroom) {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
  void* stack_base = nullptr;
  size_t stack_size = 0;
  int result = pthread_attr_getstack(&attributes, &stack_base, &stack_size);
  pthread_attr_destroy(&attributes);
  if (result != 0 || stack_base == nullptr) return 0;
  // NOTE: for the main thread glibc reports the rlimit-sized region the stack
  // may grow into, which is what we want to stay inside.
  uintptr_t low = reinterpret_cast<uintptr_t>(stack_base);
  if (headroom >= stack_size) return CurrentPosition();
  return low + headroom;
}

}  // namespace lucid
