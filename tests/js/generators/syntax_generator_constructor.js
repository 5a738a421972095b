// Exit: 1
// A class constructor may not be a generator.
class C {
  *constructor() {}
}
