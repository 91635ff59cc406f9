// The library's content is its resources (the compiled .qm files); this file only gives it a source to compile.
